using System.Globalization;
using GraphCallback.Core.CallBackBlocks;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using TimeRange = GraphCallback.Core.CallBackBlocks.TimeRange;

namespace GraphCallback.Graph.CallBackBlocks;

/// <summary>
/// Books, finds, changes and removes the day's call-back block on a user's calendar. Our events
/// carry a named extended property holding their day, so we find them by it and never touch the
/// user's own events; creation sends a transactionId derived from user, day and generation, so a
/// retry after a crash gets the same event back instead of a second one, while a block booked
/// again later that day (the first one was removed) is a new event.
/// </summary>
public sealed class CallBackBlockEvents(GraphServiceClient graph)
{
    /// <summary>Our marker: a named property in GraphCallback's own property set, valued with the block's day.</summary>
    public const string MarkerId = "String {2c0e6b5a-9a0e-4a51-8f3e-6b1d3c7a9e42} Name GraphCallbackBlockDay";

    public const string Category = "Call-back";

    private const string Utc = "outlook.timezone=\"UTC\"";

    public async Task<BookedEvent?> FindAsync(string userId, DateOnly day, CancellationToken cancellationToken = default)
    {
        var events = await graph.Users[userId].Events.GetAsync(
            request =>
            {
                request.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{MarkerId}' and ep/value eq '{Day(day)}')";
                request.QueryParameters.Select = ["id", "start", "end"];
                request.Headers.Add("Prefer", Utc);
            },
            cancellationToken).ConfigureAwait(false);
        var found = events?.Value?.FirstOrDefault(e => e.Id is not null && e.Start is not null && e.End is not null);
        return found is null
            ? null
            : new BookedEvent(found.Id!, new TimeRange(GraphTime.ToInstant(found.Start!, TimeZoneInfo.Utc), GraphTime.ToInstant(found.End!, TimeZoneInfo.Utc)));
    }

    public async Task<string> CreateAsync(
        string userId, DateOnly day, int generation, TimeRange time, BlockAgenda agenda, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var created = await graph.Users[userId].Events.PostAsync(
            new Event
            {
                Subject = agenda.Title,
                Body = new ItemBody { ContentType = BodyType.Html, Content = agenda.HtmlBody },
                Start = GraphTime.FromInstant(time.Start, zone),
                End = GraphTime.FromInstant(time.End, zone),
                ShowAs = FreeBusyStatus.Busy,
                Categories = [Category],
                IsReminderOn = true,
                ReminderMinutesBeforeStart = 5,
                TransactionId = $"graphcallback-{userId}-{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{generation.ToString(CultureInfo.InvariantCulture)}",
                SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = MarkerId, Value = Day(day) }],
            },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return created?.Id ?? throw new InvalidOperationException("Graph returned no event.");
    }

    /// <summary>Changes the block's title and list, and its time when <paramref name="time"/> is given.</summary>
    public async Task UpdateAsync(string userId, string eventId, TimeRange? time, BlockAgenda agenda, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var change = new Event
        {
            Subject = agenda.Title,
            Body = new ItemBody { ContentType = BodyType.Html, Content = agenda.HtmlBody },
        };
        if (time is { } newTime)
        {
            change.Start = GraphTime.FromInstant(newTime.Start, zone);
            change.End = GraphTime.FromInstant(newTime.End, zone);
        }

        await graph.Users[userId].Events[eventId].PatchAsync(change, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string userId, string eventId, CancellationToken cancellationToken = default)
    {
        try
        {
            await graph.Users[userId].Events[eventId].DeleteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            // Already gone (the user deleted it): the outcome we wanted.
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
