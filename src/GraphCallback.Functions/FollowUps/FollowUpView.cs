using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;

namespace GraphCallback.Functions.FollowUps;

/// <summary>One follow-up in the task pane's list; the detail adds its history and calls.</summary>
public sealed record FollowUpView(
    string Id,
    CallerView Caller,
    string Status,
    int Priority,
    int CallCount,
    DateTimeOffset LastCallAt,
    DateTimeOffset DueAt,
    string SlaState,
    string? TranscriptExcerpt,
    AttemptsView Attempts,
    DateTimeOffset? SnoozedUntil)
{
    public IReadOnlyList<HistoryView>? History { get; init; }

    public IReadOnlyList<CallView>? Calls { get; init; }

    public static FollowUpView From(FollowUp followUp, SlaPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(policy);
        return new FollowUpView(
            followUp.Id.ToString(),
            CallerView.From(followUp.Caller),
            JsonNaming.Camel(followUp.Status.ToString()),
            followUp.Priority,
            followUp.CallCount,
            followUp.LastCallAt,
            followUp.Sla.DueAt,
            JsonNaming.Camel(policy.StateAt(followUp.Sla, now).ToString()),
            followUp.TranscriptExcerpt,
            new AttemptsView(followUp.Attempts.Count, [.. followUp.Attempts.Select(AttemptView.From)]),
            followUp.SnoozedUntil);
    }

    public static FollowUpView Detail(FollowUp followUp, SlaPolicy policy, DateTimeOffset now) => From(followUp, policy, now) with
    {
        History = [.. followUp.History.Select(h => new HistoryView(h.At, JsonNaming.Camel(h.Kind.ToString()), h.Actor, h.Note))],
        Calls = [.. followUp.Calls.Select(c => new CallView(c.Key.SourceId, JsonNaming.Camel(c.Key.Kind.ToString()), c.ReceivedAt, c.Duration?.TotalSeconds, c.TranscriptExcerpt))],
    };
}

/// <summary>How many call-back attempts were made, and each of them.</summary>
public sealed record AttemptsView(int Count, IReadOnlyList<AttemptView> Items);

/// <summary>One call-back attempt.</summary>
public sealed record AttemptView(DateTimeOffset At, string Outcome, string Actor, string? Note)
{
    public static AttemptView From(Attempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return new AttemptView(attempt.At, attempt.Outcome.Name, attempt.Actor, attempt.Note);
    }
}

/// <summary>One line of the follow-up's history.</summary>
public sealed record HistoryView(DateTimeOffset At, string Kind, string Actor, string? Note);

/// <summary>One call the follow-up answers for; sourceId is the Outlook item or call record it came from.</summary>
public sealed record CallView(string SourceId, string Kind, DateTimeOffset ReceivedAt, double? DurationSeconds, string? TranscriptExcerpt);
