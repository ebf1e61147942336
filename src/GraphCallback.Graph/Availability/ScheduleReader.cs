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
    public async Task<IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>> BusyAsync(
        string userId, string address, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var body = new GetSchedulePostRequestBody
        {
            Schedules = [address],
            StartTime = GraphTime.FromInstant(from, TimeZoneInfo.Utc),
            EndTime = GraphTime.FromInstant(to, TimeZoneInfo.Utc),
            AvailabilityViewInterval = 30,
        };
        var response = await graph.Users[userId].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(body, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return [.. (response?.Value ?? [])
            .SelectMany(s => s.ScheduleItems ?? [])
            .Where(i => i.Status is not FreeBusyStatus.Free && i.Start is not null && i.End is not null)
            .Select(i => (GraphTime.ToInstant(i.Start!, TimeZoneInfo.Utc), GraphTime.ToInstant(i.End!, TimeZoneInfo.Utc)))];
    }
}
