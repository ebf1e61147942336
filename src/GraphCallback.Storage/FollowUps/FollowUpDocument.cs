using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;

namespace GraphCallback.Storage.FollowUps;

/// <summary>
/// The stored JSON form of a follow-up. It is a contract with data already written: add fields
/// as optional, never rename one.
/// </summary>
internal sealed record FollowUpDocument(
    string Id,
    CallerDocument Caller,
    string Status,
    int Priority,
    DateTimeOffset ClockStartsAt,
    DateTimeOffset DueAt,
    DateTimeOffset EscalatesAt,
    DateTimeOffset FirstCallAt,
    DateTimeOffset LastCallAt,
    int CallCount,
    IReadOnlyList<CallDocument> Calls,
    IReadOnlyList<AttemptDocument> Attempts,
    IReadOnlyList<HistoryDocument> History,
    DateTimeOffset? SnoozedUntil)
{
    public static FollowUpDocument From(FollowUpSnapshot s) => new(
        s.Id.ToString(),
        CallerDocument.From(s.Caller),
        s.Status.ToString(),
        s.Priority,
        s.Sla.ClockStartsAt,
        s.Sla.DueAt,
        s.Sla.EscalatesAt,
        s.FirstCallAt,
        s.LastCallAt,
        s.CallCount,
        [.. s.Calls.Select(CallDocument.From)],
        [.. s.Attempts.Select(a => new AttemptDocument(a.At, a.Outcome.Name, a.Actor, a.Note))],
        [.. s.History.Select(h => new HistoryDocument(h.At, h.Kind.ToString(), h.Actor, h.Note))],
        s.SnoozedUntil);

    public FollowUpSnapshot ToSnapshot() => new(
        FollowUpId.Parse(Id),
        Caller.ToCaller(),
        Enum.Parse<FollowUpStatus>(Status),
        Priority,
        new SlaDeadline(ClockStartsAt, DueAt, EscalatesAt),
        FirstCallAt,
        LastCallAt,
        CallCount,
        [.. Calls.Select(c => c.ToCallEvent())],
        [.. Attempts.Select(a => new Attempt(a.At, CallOutcome.Parse(a.Outcome), a.Actor, a.Note))],
        [.. History.Select(h => new HistoryEntry(h.At, Enum.Parse<HistoryKind>(h.Kind), h.Actor, h.Note))],
        SnoozedUntil);
}

/// <summary>Stored form of a <see cref="Core.Callers.Caller"/>.</summary>
internal sealed record CallerDocument(string? E164, string Raw, string? Name, string? Company, string Kind, string? Email)
{
    public static CallerDocument From(Caller c) =>
        new(c.Number.E164, c.Number.Raw, c.DisplayName, c.Company, c.Kind.ToString(), c.Email);

    public Caller ToCaller() =>
        new(PhoneNumber.FromStored(E164, Raw), Name, Company, Enum.Parse<CallerKind>(Kind), Email);
}

/// <summary>Stored form of a <see cref="CallEvent"/>.</summary>
internal sealed record CallDocument(
    string Kind,
    string SourceId,
    CallerDocument Caller,
    DateTimeOffset ReceivedAt,
    double? DurationSeconds,
    string? Transcript,
    string? Link,
    bool HasAudio)
{
    public static CallDocument From(CallEvent c) => new(
        c.Key.Kind.ToString(),
        c.Key.SourceId,
        CallerDocument.From(c.Caller),
        c.ReceivedAt,
        c.Duration?.TotalSeconds,
        c.TranscriptExcerpt,
        c.Link?.ToString(),
        c.HasAudio);

    public CallEvent ToCallEvent() => new(
        new CallEventKey(Enum.Parse<CallSourceKind>(Kind), SourceId),
        Caller.ToCaller(),
        ReceivedAt,
        DurationSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
        Transcript,
        Link is null ? null : new Uri(Link),
        HasAudio);
}

/// <summary>Stored form of an <see cref="Attempt"/>.</summary>
internal sealed record AttemptDocument(DateTimeOffset At, string Outcome, string Actor, string? Note);

/// <summary>Stored form of a <see cref="HistoryEntry"/>.</summary>
internal sealed record HistoryDocument(DateTimeOffset At, string Kind, string Actor, string? Note);
