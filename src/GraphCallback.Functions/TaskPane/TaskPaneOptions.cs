namespace GraphCallback.Functions.TaskPane;

/// <summary>
/// Where the task pane's built files are and how it signs in: configuration section <c>TaskPane</c>.
/// Sign-in values left empty follow the API's own <c>AzureAd</c> settings.
/// </summary>
public sealed class TaskPaneOptions
{
    public const string Section = "TaskPane";

    /// <summary>The folder holding the pane's build output (index.html and assets); default <c>pane/</c> beside the app.</summary>
    public string ContentPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "pane");

    /// <summary>The pane's own (public, single-page) Entra app id; default the API's client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>The authority the pane signs in with; default <c>{AzureAd:Instance}{AzureAd:TenantId}</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>The scope the pane asks for; default <c>{AzureAd:Audience}/access_as_user</c>.</summary>
    public string? ApiScope { get; set; }
}
