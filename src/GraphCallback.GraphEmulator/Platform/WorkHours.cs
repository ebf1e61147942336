namespace GraphCallback.GraphEmulator.Platform;

/// <summary>A user's working hours as mailboxSettings reports them: days (lower-case English names), local times, zone name.</summary>
public sealed record WorkHours(IReadOnlyList<string> DaysOfWeek, TimeOnly Start, TimeOnly End, string TimeZone)
{
    public static WorkHours Default(string timeZone) =>
        new(["monday", "tuesday", "wednesday", "thursday", "friday"], new TimeOnly(8, 0), new TimeOnly(17, 0), timeZone);
}
