namespace GraphCallback.Graph.Connection;

/// <summary>The app's Entra ID registration: configuration section <c>AzureAd</c>.</summary>
public sealed class IdentityOptions
{
    public const string Section = "AzureAd";

    /// <summary>The authority host.</summary>
    public Uri Instance { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>The home tenant, or "organizations" for a multi-tenant app.</summary>
    public string TenantId { get; set; } = "organizations";

    public string? ClientId { get; set; }

    /// <summary>The client secret for app-only and on-behalf-of tokens (keep it in Key Vault or app settings, never in files).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// Skip MSAL's instance discovery, which asks login.microsoftonline.com about the authority:
    /// needed for authorities it does not know (ADFS, sovereign test clouds, the local emulator).
    /// </summary>
    public bool DisableInstanceDiscovery { get; set; }
}
