using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.Intake;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.FollowUps;

/// <summary>
/// The promise to return one caller's call(s). It guards its own lifecycle
/// (Open → Attempted → Resolved | Dismissed, reopened by a new call) and writes a history entry
/// for every transition.
/// </summary>
public sealed class FollowUp
{
    /// <summary>Calls beyond this many keep counting but are not kept one by one (a table row holds 1 MB).</summary>
    public const int MaxCallsKept = 20;

    public const string SystemActor = "system";

    private readonly List<CallEvent> _calls;
    private readonly List<Attempt> _attempts;
    private readonly List<HistoryEntry> _history;

    private FollowUp(FollowUpSnapshot s)
    {
        Id = s.Id;
        Caller = s.Caller;
        Status = s.Status;
        Priority = s.Priority;
        Sla = s.Sla;
        FirstCallAt = s.FirstCallAt;
        LastCallAt = s.LastCallAt;
        CallCount = s.CallCount;
        SnoozedUntil = s.SnoozedUntil;
        _calls = [.. s.Calls];
        _attempts = [.. s.Attempts];
        _history = [.. s.History];
    }

    public FollowUpId Id { get; }

    public Caller Caller { get; private set; }

    public FollowUpStatus Status { get; private set; }

    /// <summary>1 = call back first; from <see cref="PriorityRules"/>.</summary>
    public int Priority { get; private set; }

    public SlaDeadline Sla { get; private set; }

    public DateTimeOffset FirstCallAt { get; private set; }

    public DateTimeOffset LastCallAt { get; private set; }

    /// <summary>How many calls this follow-up answers for, including ones no longer kept individually.</summary>
    public int CallCount { get; private set; }

    public DateTimeOffset? SnoozedUntil { get; private set; }

    public IReadOnlyList<CallEvent> Calls => _calls;

    public IReadOnlyList<Attempt> Attempts => _attempts;

    public IReadOnlyList<HistoryEntry> History => _history;

    public bool IsPending => Status is FollowUpStatus.Open or FollowUpStatus.Attempted;

    /// <summary>The newest transcript excerpt: why they called.</summary>
    public string? TranscriptExcerpt => _calls.LastOrDefault(c => c.TranscriptExcerpt is not null)?.TranscriptExcerpt;

    /// <summary>Opens a follow-up for a first call from a caller.</summary>
    public static FollowUp Open(FollowUpId id, CallEvent call, int priority, SlaDeadline sla)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(sla);
        var followUp = new FollowUp(new FollowUpSnapshot(
            id, call.Caller, FollowUpStatus.Open, priority, sla, call.ReceivedAt, call.ReceivedAt, 1, [call], [], [], null));
        followUp.Record(call.ReceivedAt, HistoryKind.Created, SystemActor, Describe(call));
        return followUp;
    }

    public static FollowUp Restore(FollowUpSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new FollowUp(snapshot);
    }

    public FollowUpSnapshot ToSnapshot() => new(
        Id, Caller, Status, Priority, Sla, FirstCallAt, LastCallAt, CallCount, [.. _calls], [.. _attempts], [.. _history], SnoozedUntil);

    public bool HasCall(CallEventKey key) => _calls.Exists(c => c.Key == key);

    /// <summary>
    /// Adds another call from the same caller. A pending follow-up keeps its deadline (the oldest
    /// unreturned call sets it); a closed one reopens with <paramref name="slaIfReopened"/>, but
    /// only for a new call after it was closed: late evidence of an earlier call (call records
    /// arrive up to an hour late) or another trace of a call already recorded
    /// (<see cref="SameCallRule"/>) is kept on the closed follow-up and changes nothing else.
    /// Events that <see cref="SameCallRule"/> says belong to a call already recorded are kept
    /// without counting as another call.
    /// </summary>
    /// <returns>False when this exact call is already recorded (a replayed notification).</returns>
    public bool AddCall(CallEvent call, SlaDeadline slaIfReopened)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(slaIfReopened);
        if (HasCall(call.Key))
        {
            return false;
        }

        var sameCall = SameCallRule.IsSameCall(_calls, call);
        var beforeClosing = !IsPending && ClosedAt() is { } closedAt && call.ReceivedAt <= closedAt;
        if (!IsPending && !sameCall && !beforeClosing)
        {
            Status = FollowUpStatus.Open;
            Sla = slaIfReopened;
            SnoozedUntil = null;
            Record(call.ReceivedAt, HistoryKind.Reopened, SystemActor, "Called again after the follow-up was closed.");
        }

        Caller = Enrich(Caller, call.Caller);
        if (!sameCall)
        {
            CallCount++;
        }

        if (call.ReceivedAt > LastCallAt)
        {
            LastCallAt = call.ReceivedAt;
        }

        if (call.ReceivedAt < FirstCallAt)
        {
            FirstCallAt = call.ReceivedAt;
        }

        _calls.Add(call);
        _calls.Sort((a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        if (_calls.Count > MaxCallsKept)
        {
            _calls.RemoveRange(0, _calls.Count - MaxCallsKept);
        }

        var note = sameCall ? " (same call)" : beforeClosing ? " (before the follow-up was closed)" : string.Empty;
        Record(call.ReceivedAt, HistoryKind.CallAdded, SystemActor, Describe(call) + note);
        return true;
    }

    /// <summary>Logs a call-back attempt; its outcome keeps the follow-up open, resolves or dismisses it.</summary>
    public Attempt LogAttempt(CallOutcome outcome, string actor, DateTimeOffset at, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        EnsurePending("log an attempt on");
        var attempt = new Attempt(at, outcome, actor, note);
        _attempts.Add(attempt);
        SnoozedUntil = null;
        (Status, var kind) = outcome.Effect switch
        {
            OutcomeEffect.Resolves => (FollowUpStatus.Resolved, HistoryKind.Resolved),
            OutcomeEffect.Dismisses => (FollowUpStatus.Dismissed, HistoryKind.Dismissed),
            _ => (FollowUpStatus.Attempted, HistoryKind.Attempted),
        };
        Record(at, kind, actor, note is null ? outcome.Description : $"{outcome.Description}: {note}");
        return attempt;
    }

    /// <summary>Closes the follow-up as done without an attempt being logged (e.g. the task was completed in To Do).</summary>
    public void Resolve(string actor, DateTimeOffset at, string note)
    {
        EnsurePending("resolve");
        Status = FollowUpStatus.Resolved;
        SnoozedUntil = null;
        Record(at, HistoryKind.Resolved, actor, note);
    }

    public void Dismiss(string actor, DateTimeOffset at, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsurePending("dismiss");
        Status = FollowUpStatus.Dismissed;
        SnoozedUntil = null;
        Record(at, HistoryKind.Dismissed, actor, reason);
    }

    /// <summary>Reopens a resolved or dismissed follow-up by hand, with a fresh deadline.</summary>
    public void Reopen(SlaDeadline sla, string actor, DateTimeOffset at, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(sla);
        if (IsPending)
        {
            throw new InvalidFollowUpTransitionException(Status, "reopen");
        }

        Status = FollowUpStatus.Open;
        Sla = sla;
        Record(at, HistoryKind.Reopened, actor, note);
    }

    /// <summary>Hides the follow-up from the pending list until <paramref name="until"/>; the deadline stays.</summary>
    public void Snooze(DateTimeOffset until, string actor, DateTimeOffset at)
    {
        EnsurePending("snooze");
        if (until <= at)
        {
            throw new ArgumentOutOfRangeException(nameof(until), "A snooze must end in the future.");
        }

        SnoozedUntil = until;
        Record(at, HistoryKind.Snoozed, actor, null);
    }

    /// <summary>Moves the due time (the user edited it, e.g. in To Do); escalation keeps its distance.</summary>
    public void MoveDue(DateTimeOffset dueAt, string actor, DateTimeOffset at, string? note = null)
    {
        EnsurePending("move the due time of");
        var escalationGap = Sla.EscalatesAt - Sla.DueAt;
        Sla = Sla with { DueAt = dueAt, EscalatesAt = dueAt + escalationGap };
        Record(at, HistoryKind.DueMoved, actor, note);
    }

    public bool IsSnoozedAt(DateTimeOffset now) => SnoozedUntil is { } until && until > now;

    // When it was last resolved or dismissed; null for a record closed before history was kept.
    private DateTimeOffset? ClosedAt() =>
        _history.Where(h => h.Kind is HistoryKind.Resolved or HistoryKind.Dismissed).Max(h => (DateTimeOffset?)h.At);

    private static Caller Enrich(Caller known, Caller latest) => known with
    {
        DisplayName = known.DisplayName ?? latest.DisplayName,
        Company = known.Company ?? latest.Company,
        Email = known.Email ?? latest.Email,
        Kind = known.Kind == CallerKind.Unknown ? latest.Kind : known.Kind,
    };

    private static string Describe(CallEvent call) => call.Key.Kind switch
    {
        CallSourceKind.Voicemail => "Voicemail",
        CallSourceKind.MissedCallNotification => "Missed call",
        CallSourceKind.CallRecord => "Missed Teams call",
        CallSourceKind.PstnCall => "Missed phone call",
        _ => "Entered by hand",
    };

    private void EnsurePending(string change)
    {
        if (!IsPending)
        {
            throw new InvalidFollowUpTransitionException(Status, change);
        }
    }

    private void Record(DateTimeOffset at, HistoryKind kind, string actor, string? note) =>
        _history.Add(new HistoryEntry(at, kind, actor, note));
}
