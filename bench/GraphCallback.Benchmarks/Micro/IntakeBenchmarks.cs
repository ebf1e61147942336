using BenchmarkDotNet.Attributes;
using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Intake;
using GraphCallback.Core.Settings;
using GraphCallback.Core.Sla;

namespace GraphCallback.Benchmarks.Micro;

/// <summary>
/// The intake decision for the three cases ingestion meets: a new caller, a replayed item, and a
/// caller who rings again (merged into their follow-up, restored from its stored snapshot as
/// storage does on every ingestion).
/// </summary>
public class IntakeBenchmarks
{
    private static readonly DateTimeOffset Monday10 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private UserPolicy _policy = null!;
    private CallEvent _first = null!;
    private CallEvent _again = null!;
    private FollowUp _existing = null!;
    private FollowUpSnapshot _stored = null!;
    private FollowUpId _id;

    [GlobalSetup]
    public void Setup()
    {
        var hours = WorkingHours.Default(UserTimeZone.Find("Europe/London"));
        _policy = UserSettings.Default.ToPolicy(hours);
        var caller = new Caller(PhoneNumber.Parse("+44 20 7946 0555", "GB"), "Patti Fernandez", "Fabrikam Hotels", CallerKind.Client);
        _first = new CallEvent(new CallEventKey(CallSourceKind.Voicemail, "AAMkAGI2first"), caller, Monday10, TimeSpan.FromSeconds(42), "The boiler in the east wing is leaking again, can you call me back before four?");
        _again = new CallEvent(new CallEventKey(CallSourceKind.MissedCallNotification, "AAMkAGI2again"), caller, Monday10.AddMinutes(30));
        _id = FollowUpId.New(TimeProvider.System);
        _existing = FollowUp.Open(_id, _first, 1, _policy.Sla.DeadlineFor(Monday10, hours));
        _stored = _existing.ToSnapshot();
    }

    [Benchmark]
    public IntakeDecision NewCaller() => CallIntake.Decide(_first, null, _policy, _id);

    [Benchmark]
    public IntakeDecision ReplayedItem() => CallIntake.Decide(_first, _existing, _policy, _id);

    [Benchmark]
    public IntakeDecision CallerRingsAgain() => CallIntake.Decide(_again, FollowUp.Restore(_stored), _policy, _id);
}
