using System.Net;

namespace GraphCallback.GraphEmulator.Platform.Permissions;

/// <summary>How a workload says "not allowed": Graph's 403 bodies differ between Outlook, the directory and Teams.</summary>
public sealed record Denial(string Code, string Message)
{
    /// <summary>Exchange Online (mail, calendar, contacts, mailbox settings, To Do).</summary>
    public static readonly Denial Outlook = new("ErrorAccessDenied", "Access is denied. Check credentials and try again.");

    /// <summary>Entra ID's directory (users, manager, direct reports).</summary>
    public static readonly Denial Directory = new("Authorization_RequestDenied", "Insufficient privileges to complete the operation.");

    /// <summary>Teams and communications (call records, activity notifications).</summary>
    public static readonly Denial Teams = new("Forbidden", "Missing role permissions on the request.");

    public GraphErrorException ToError(string detail) =>
        new(HttpStatusCode.Forbidden, Code, detail.Length == 0 ? Message : $"{Message} {detail}");
}
