using System.Globalization;

namespace GraphCallback.Functions.Hosting;

/// <summary>
/// How the app runs: as the Azure Functions host's custom handler (the host owns triggers and calls
/// in over HTTP), or stand-alone (the app runs its own timer scheduler and queue listener).
/// </summary>
public sealed record HostingMode(int? CustomHandlerPort)
{
    /// <summary>Set by the Functions host when it starts the app as its custom handler.</summary>
    public const string CustomHandlerPortKey = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public bool IsCustomHandler => CustomHandlerPort is not null;

    public static HostingMode From(IConfiguration configuration)
    {
        var value = configuration[CustomHandlerPortKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return new HostingMode(CustomHandlerPort: null);
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"{CustomHandlerPortKey} must be a TCP port number, not '{value}'.");
        }

        return new HostingMode(port);
    }
}
