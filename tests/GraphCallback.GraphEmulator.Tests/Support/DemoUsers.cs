namespace GraphCallback.GraphEmulator.Tests.Support;

/// <summary>Ids from the built-in demo scenario the tests rely on.</summary>
public static class DemoUsers
{
    public const string TenantId = "6c1a3e0b-2f4d-4a8e-9b7c-1d2e3f4a5b6c";
    public const string Megan = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    public const string MeganUpn = "megan@contoso.example";
    public const string Alex = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    public const string Lidia = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";
    public const string AppClientId = "7d3c9f1e-2b4a-4c6d-8e0f-1a2b3c4d5e6f";
    public const string AppSecret = "demo-secret-not-for-production";
}
