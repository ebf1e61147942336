using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;

namespace GraphCallback.Graph.Availability;

/// <summary>
/// Reads a user's busy times from getSchedule: free/busy only, so the app never sees meeting
/// subjects it does not need. Tentative, away and working-elsewhere count as busy.
/// </summary>
public sealed class ScheduleReader(GraphServiceClient graph)
{
    /// <summary>Graph's limit of mailboxes per getSchedule request.</summary>
    public const int MaxMailboxes = 20;

    public async Task<IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>> BusyAsync(
        string userId, string address, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        (await BusyByMailboxAsync(userId, [address], from, to, cancellationToken).ConfigureAwait(false)).GetValueOrDefault(address) ?? [];

    /// <summary>
    /// Busy times of up to <see cref="MaxMailboxes"/> mailboxes in one request, by address (case
    /// insensitive); a mailbox Graph could not read is missing from the result.
    /// </summary>
    /// <param name="userId">Whose calendar the request goes through (any user of the tenant for the app).</param>
    /// <param name="addresses">The mailboxes' SMTP addresses.</param>
    /// <param name="from">Start of the range.</param>
    /// <param name="to">End of the range.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>>> BusyByMailboxAsync(
        string userId, IReadOnlyList<string> addresses, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (addresses.Count is 0 or > MaxMailboxes)
        {
            throw new ArgumentOutOfRangeException(nameof(addresses), $"getSchedule takes 1 to {MaxMailboxes} mailboxes.");
        }

        var body = new GetSchedulePostRequestBody
        {
            Schedules = [.. addresses],
            StartTime = GraphTime.FromInstant(from, TimeZoneInfo.Utc),
            EndTime = GraphTime.FromInstant(to, TimeZoneInfo.Utc),
            AvailabilityViewInterval = 30,
        };
        var response = await graph.Users[userId].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(body, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var busy = new Dictionary<string, IReadOnlyList<(DateTimeOffset, DateTimeOffset)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var schedule in (response?.Value ?? []).Where(s => s.ScheduleId is not null && s.Error is null))
        {
            busy[schedule.ScheduleId!] = [.. (schedule.ScheduleItems ?? [])
                .Where(i => i.Status is not FreeBusyStatus.Free && i.Start is not null && i.End is not null)
                .Select(i => (GraphTime.ToInstant(i.Start!, TimeZoneInfo.Utc), GraphTime.ToInstant(i.End!, TimeZoneInfo.Utc)))];
        }

        return busy;
    }
}
