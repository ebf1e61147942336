namespace GraphCallback.GraphEmulator.Tests.Support;

/// <summary>Ids from the built-in demo scenario the tests rely on.</summary>
public static class DemoUsers
{
    public const string TenantId = "6c1a3e0b-2f4d-4a8e-9b7c-1d2e3f4a5b6c";
    public const string Megan = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    public const string MeganUpn = "megan@contoso.example";
}
