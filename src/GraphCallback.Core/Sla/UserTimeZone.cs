namespace GraphCallback.Core.Sla;

/// <summary>
/// Resolves the time-zone ids that mailbox settings carry: Windows ids ("W. Europe Standard Time")
/// and IANA ids ("Europe/Berlin") both occur, and on Linux .NET converts between them via ICU.
/// </summary>
public static class UserTimeZone
{
    public static TimeZoneInfo Find(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana) && TimeZoneInfo.TryFindSystemTimeZoneById(iana, out zone))
        {
            return zone;
        }

        throw new ArgumentException($"Unknown time zone '{id}'.", nameof(id));
    }

    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = Find(id);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
