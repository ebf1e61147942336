namespace GraphCallback.EndToEnd.Tests.Support;

/// <summary>Ids from the emulator's built-in demo scenario (src/GraphCallback.GraphEmulator/Scenarios/demo.json).</summary>
internal static class Demo
{
    public const string TenantId = "6c1a3e0b-2f4d-4a8e-9b7c-1d2e3f4a5b6c";
    public const string ClientId = "7d3c9f1e-2b4a-4c6d-8e0f-1a2b3c4d5e6f";
    public const string ClientSecret = "demo-secret-not-for-production";
    public const string Megan = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    /// <summary>Megan as the app keys her: a London account manager with client contacts.</summary>
    public static readonly Core.Users.UserKey MeganKey = new(TenantId, Megan);

    /// <summary>Lidia, a Sydney service engineer who is Teams-only: her missed calls never come by e-mail.</summary>
    public static readonly Core.Users.UserKey LidiaKey = new(TenantId, "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e");

    /// <summary>Megan's working week as her mailbox settings in the demo scenario give it.</summary>
    public static readonly Core.Sla.WorkingHours MeganHours = new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        new TimeOnly(8, 30),
        new TimeOnly(17, 0),
        Core.Sla.UserTimeZone.Find("Europe/London"));

    /// <summary>What Megan's follow-ups are held to: the default settings over her working week.</summary>
    public static Core.Intake.UserPolicy MeganPolicy => Core.Settings.UserSettings.Default.ToPolicy(MeganHours);
}
