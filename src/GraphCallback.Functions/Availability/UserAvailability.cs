using GraphCallback.Core.Availability;
using GraphCallback.Core.Sla;
using GraphCallback.Core.Users;
using GraphCallback.Graph.Availability;
using GraphCallback.Graph.Mailboxes;
using Microsoft.Graph;

namespace GraphCallback.Functions.Availability;

/// <summary>A user's free windows: mailbox working hours and zone, minus getSchedule's busy times, read with the client given (on-behalf-of the user).</summary>
public static class UserAvailability
{
    public static async Task<(IReadOnlyList<FreeWindow> Windows, TimeZoneInfo Zone)> ReadAsync(
        GraphServiceClient client, UserKey user, string address, DateTimeOffset now, int days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(user);
        var profile = await new MailboxSettingsReader(client).ReadAsync(user.ObjectId, cancellationToken).ConfigureAwait(false);
        return (await WindowsAsync(client, user, address, profile.WorkingHours, now, days, cancellationToken).ConfigureAwait(false), profile.WorkingHours.Zone);
    }

    /// <summary>The free windows of the next <paramref name="days"/> days in working hours already known.</summary>
    public static async Task<IReadOnlyList<FreeWindow>> WindowsAsync(
        GraphServiceClient client, UserKey user, string address, WorkingHours hours, DateTimeOffset now, int days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var busy = await new ScheduleReader(client).BusyAsync(user.ObjectId, address, now, now.AddDays(days + 1), cancellationToken).ConfigureAwait(false);
        return FreeWindowFinder.Find(busy, hours, now, days);
    }

    /// <summary>getSchedule names mailboxes by address; the token's UPN is the signed-in user's (preferred_username in v2.0 tokens, upn in v1.0).</summary>
    public static string Address(System.Security.Claims.ClaimsPrincipal principal, UserKey user)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(user);
        return principal.FindFirst("preferred_username")?.Value ?? principal.FindFirst("upn")?.Value ?? user.ObjectId;
    }
}
