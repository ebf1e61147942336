using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Intake;
using GraphCallback.Core.Sla;
using Microsoft.Extensions.Time.Testing;

namespace GraphCallback.Core.Tests.FollowUps;

/// <summary>Small builders for follow-up tests.</summary>
internal static class Build
{
    public static readonly DateTimeOffset Monday10 = new(2026, 6, 8, 10, 0, 0, TimeSpan.FromHours(2));

    public static readonly WorkingHours Hours = new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        new TimeOnly(9, 0),
        new TimeOnly(17, 0),
        UserTimeZone.Find("Europe/Berlin"));

    public static readonly UserPolicy Policy = new(Hours, SlaPolicy.Default, PriorityRules.Default);

    public static Caller Caller(string number = "+4930111222", CallerKind kind = CallerKind.KnownContact, string? name = "Ana Lima") =>
        new(PhoneNumber.Parse(number, "DE"), name, Kind: kind);

    public static CallEvent Call(string sourceId, DateTimeOffset at, Caller? caller = null, CallSourceKind kind = CallSourceKind.Voicemail, string? transcript = null) =>
        new(new CallEventKey(kind, sourceId), caller ?? Caller(), at, TimeSpan.FromSeconds(42), transcript);

    public static FollowUpId NewId() => FollowUpId.New(new FakeTimeProvider(Monday10));

    public static FollowUp Open(DateTimeOffset? at = null, CallSourceKind kind = CallSourceKind.Voicemail) =>
        FollowUp.Open(NewId(), Call("m1", at ?? Monday10, kind: kind), 3, SlaPolicy.Default.DeadlineFor(at ?? Monday10, Hours));
}
