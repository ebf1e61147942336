using System.Net.Http.Json;
using GraphCallback.GraphEmulator.Tests.Support;
using GraphCallback.Testing;

namespace GraphCallback.GraphEmulator.Tests.Calendar;

/// <summary>Scenario events land in the user's calendar relative to today in the user's own zone.</summary>
[CalendarDependent]
[Collection(EmulatorCollection.Name)]
public sealed class CalendarSeedingTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private const string Lena = "0c5e7d1a-3b2f-4e6d-8a9c-7b1d2e3f4a50";

    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => emulator.ResetAsync();

    [Fact]
    public async Task Seeded_events_are_written_in_the_users_zone_at_their_local_times()
    {
        using var loaded = await emulator.Control.PostAsJsonAsync("scenario", new
        {
            tenant = new { id = DemoUsers.TenantId, displayName = "Contoso", domain = "contoso.example" },
            users = new[]
            {
                new
                {
                    id = Lena,
                    userPrincipalName = "lena@contoso.example",
                    displayName = "Lena Fischer",
                    timeZone = "Europe/Berlin",
                    events = new object[]
                    {
                        new { subject = "Site visit", day = 1, start = "09:00", durationMinutes = 90, showAs = "busy", location = "Hamburg" },
                        new { subject = "Holiday", day = 2, isAllDay = true, showAs = "oof" },
                    },
                },
            },
        });
        loaded.EnsureSuccessStatusCode();
        var now = emulator.Clock.GetUtcNow();

        var view = await emulator.Graph().Users[Lena].CalendarView.GetAsync(r =>
        {
            r.QueryParameters.StartDateTime = now.AddDays(-1).ToString("o");
            r.QueryParameters.EndDateTime = now.AddDays(4).ToString("o");
            r.Headers.Add("Prefer", "outlook.timezone=\"Europe/Berlin\"");
        });

        Assert.Collection(
            view!.Value!,
            visit =>
            {
                Assert.Equal("Site visit", visit.Subject);
                Assert.EndsWith("T09:00:00.0000000", visit.Start!.DateTime, StringComparison.Ordinal);
                Assert.EndsWith("T10:30:00.0000000", visit.End!.DateTime, StringComparison.Ordinal);
                Assert.Equal("Europe/Berlin", visit.OriginalStartTimeZone);
                Assert.Equal("Hamburg", visit.Location?.DisplayName);
            },
            holiday =>
            {
                Assert.Equal("Holiday", holiday.Subject);
                Assert.True(holiday.IsAllDay);
                Assert.Equal(Microsoft.Graph.Models.FreeBusyStatus.Oof, holiday.ShowAs);
                var start = DateTime.Parse(holiday.Start!.DateTime!, System.Globalization.CultureInfo.InvariantCulture);
                var end = DateTime.Parse(holiday.End!.DateTime!, System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(TimeSpan.Zero, start.TimeOfDay);
                Assert.Equal(start.AddDays(1), end);
            });
        var visitStart = DateTime.Parse(view.Value![0].Start!.DateTime!, System.Globalization.CultureInfo.InvariantCulture);
        var holidayStart = DateTime.Parse(view.Value[1].Start!.DateTime!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(visitStart.Date.AddDays(1), holidayStart);
    }
}
