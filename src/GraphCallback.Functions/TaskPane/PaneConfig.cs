using GraphCallback.Functions.Api;

namespace GraphCallback.Functions.TaskPane;

/// <summary>
/// What the pane needs to sign in, served as <c>/pane/config.json</c> from app settings, so one
/// build of the pane runs against Entra ID or the emulator: only configuration differs.
/// </summary>
public sealed record PaneConfig(string ClientId, string Authority, string ApiScope)
{
    /// <exception cref="InvalidOperationException">Neither TaskPane:ClientId nor AzureAd:ClientId is set.</exception>
    public static PaneConfig From(TaskPaneOptions pane, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(pane);
        ArgumentNullException.ThrowIfNull(configuration);
        var apiClientId = configuration[$"{ApiAuthentication.Section}:ClientId"];
        var clientId = pane.ClientId ?? apiClientId
            ?? throw new InvalidOperationException($"Set {TaskPaneOptions.Section}:ClientId or {ApiAuthentication.Section}:ClientId.");
        var instance = configuration[$"{ApiAuthentication.Section}:Instance"] ?? "https://login.microsoftonline.com/";
        var tenant = configuration[$"{ApiAuthentication.Section}:TenantId"] ?? "organizations";
        var audience = configuration[$"{ApiAuthentication.Section}:Audience"] ?? $"api://{apiClientId ?? clientId}";
        return new PaneConfig(
            clientId,
            pane.Authority ?? $"{instance.TrimEnd('/')}/{tenant}",
            pane.ApiScope ?? $"{audience.TrimEnd('/')}/{ApiAuthentication.Scope}");
    }
}
