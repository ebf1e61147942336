using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Tasks;

/// <summary>
/// Decides what a follow-up's To Do task says. The whole task follows from the follow-up, so
/// writing it again after a retry changes nothing: attempts are lines of the body, not items
/// added one by one.
/// </summary>
public static class TaskPlan
{
    /// <summary>Where the availability line goes while the fingerprint is taken.</summary>
    private const string AvailabilitySlot = "\u0000availability\u0000";

    public static TaskContent For(FollowUp followUp, TimeZoneInfo zone, string availabilityLine, TimeSpan remindBefore)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(availabilityLine);
        var title = Title(followUp);
        var body = Body(followUp, zone);
        var importance = ImportanceOf(followUp.Priority);
        var progress = ProgressOf(followUp.Status);
        var due = followUp.Sla.DueAt;
        var reminder = due - remindBefore;
        var fingerprint = Fingerprint(title, body, due, reminder, importance, progress);
        return new TaskContent(title, body.Replace(AvailabilitySlot, Encode(availabilityLine), StringComparison.Ordinal), due, reminder, importance, progress, fingerprint);
    }

    /// <summary>Priority 1 (clients by default) is high; the last rank (unknown callers by default) is low.</summary>
    public static TaskImportance ImportanceOf(int priority) => priority switch
    {
        <= 1 => TaskImportance.High,
        >= 5 => TaskImportance.Low,
        _ => TaskImportance.Normal,
    };

    /// <summary>Phone tag shows as in progress; resolved and dismissed follow-ups are done.</summary>
    public static TaskProgress ProgressOf(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Open => TaskProgress.NotStarted,
        FollowUpStatus.Attempted => TaskProgress.InProgress,
        _ => TaskProgress.Completed,
    };

    private static string Title(FollowUp followUp)
    {
        var caller = followUp.Caller;
        return string.IsNullOrWhiteSpace(caller.Company)
            ? $"Call back {caller.Label}"
            : $"Call back {caller.Label} ({caller.Company})";
    }

    private static string Body(FollowUp followUp, TimeZoneInfo zone)
    {
        var html = new StringBuilder();
        var number = followUp.Caller.Number;
        html.Append("<p>")
            .Append(number.TelUri is { } tel
                ? $"<a href=\"{Encode(tel.OriginalString)}\">{Encode(number.Display)}</a>"
                : $"Number unknown ({Encode(number.Raw)})")
            .Append("</p>");
        html.Append("<p>").Append(Encode(Calls(followUp, zone))).Append("</p>");
        if (followUp.TranscriptExcerpt is { } excerpt)
        {
            html.Append("<p>Voicemail: \u201C").Append(Encode(excerpt)).Append("\u201D</p>");
        }

        html.Append("<p>If you get their voicemail: ").Append(AvailabilitySlot).Append(".</p>");
        if (followUp.Attempts.Count > 0)
        {
            html.Append("<p>Attempts:");
            foreach (var attempt in followUp.Attempts)
            {
                var note = attempt.Note is null ? string.Empty : $": {attempt.Note}";
                html.Append("<br>").Append(Encode($"{Local(attempt.At, zone)} \u2013 {attempt.Outcome.Description}{note}"));
            }

            html.Append("</p>");
        }

        if (!followUp.IsPending && followUp.History.LastOrDefault(h => h.Kind is HistoryKind.Resolved or HistoryKind.Dismissed) is { } closing)
        {
            var verb = closing.Kind == HistoryKind.Resolved ? "Resolved" : "Dismissed";
            var note = closing.Note is null ? string.Empty : $": {closing.Note}";
            html.Append("<p>").Append(Encode($"{verb} {Local(closing.At, zone)}{note}")).Append("</p>");
        }

        return html.ToString();
    }

    private static string Calls(FollowUp followUp, TimeZoneInfo zone) => followUp.CallCount == 1
        ? $"Called once, {Local(followUp.FirstCallAt, zone)}."
        : $"Called {followUp.CallCount.ToString(CultureInfo.InvariantCulture)} times, first {Local(followUp.FirstCallAt, zone)}, last {Local(followUp.LastCallAt, zone)}.";

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        WallClock.LocalOf(instant, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Fingerprint(string title, string body, DateTimeOffset due, DateTimeOffset reminder, TaskImportance importance, TaskProgress progress)
    {
        var text = string.Join('\n', title, body, due.UtcTicks.ToString(CultureInfo.InvariantCulture), reminder.UtcTicks.ToString(CultureInfo.InvariantCulture), importance, progress);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
