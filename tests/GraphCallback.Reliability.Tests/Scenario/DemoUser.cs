using System.Globalization;

namespace GraphCallback.Reliability.Tests.Scenario;

/// <summary>A user of the emulator's demo tenant, with the zone their days are counted in and a fictional number range for their callers.</summary>
internal sealed record DemoUser(string Id, string Name, TimeZoneInfo Zone, string WindowsZone, string NumberPrefix, bool TeamsOnly)
{
    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "Megan", TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), "GMT Standard Time", "+4420794611", TeamsOnly: false),
        new("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "Alex", TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), "Eastern Standard Time", "+121255501", TeamsOnly: false),
        new("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "Lidia", TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney"), "AUS Eastern Standard Time", "+614915701", TeamsOnly: true),
    ];

    /// <summary>The E.164 number of this user's caller number <paramref name="index"/> (0–89): Ofcom, NANP and ACMA ranges kept for fiction.</summary>
    public string CallerNumber(int index) => NumberPrefix + (10 + index).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The day of <paramref name="instant"/> where the user is.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
