using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Testing;

namespace GraphCallback.EndToEnd.Tests.Api;

/// <summary>Availability from the emulator's demo calendar and mailbox settings, through the API.</summary>
[CalendarDependent]
public sealed class AvailabilityApiTests : IAsyncLifetime
{
    private SystemUnderTest _system = null!;

    public async Task InitializeAsync() => _system = await SystemUnderTest.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task The_next_free_windows_come_in_the_users_zone_with_a_voicemail_line_read_on_behalf_of_the_user()
    {
        var megan = await _system.MintAsync(Demo.Megan);
        var before = _system.Clock.GetUtcNow();

        using var response = await _system.SendAsync(HttpMethod.Get, "api/availability?days=7", megan);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Europe/London", TimeZoneInfo.TryConvertWindowsIdToIanaId(body.GetProperty("timeZone").GetString()!, out var iana) ? iana : body.GetProperty("timeZone").GetString());
        var windows = body.GetProperty("windows").EnumerateArray().ToList();
        Assert.NotEmpty(windows);
        Assert.All(windows, w =>
        {
            var start = w.GetProperty("start").GetDateTimeOffset();
            Assert.True(start >= before.AddMinutes(-1));
            Assert.True(w.GetProperty("end").GetDateTimeOffset() - start >= TimeSpan.FromMinutes(30));
            Assert.StartsWith("You can reach me ", w.GetProperty("phrase").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(windows[0].GetProperty("phrase").GetString(), body.GetProperty("phrase").GetString());

        // Read on-behalf-of Megan (her token exchanged), not with the app's tenant-wide permissions.
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["GET /v1.0/users/{user}/mailboxSettings"] = 1,
                ["POST /v1.0/users/{user}/calendar/getSchedule"] = 1,
            },
            await _system.DelegatedRequestsAsync());

        using var tooMany = await _system.SendAsync(HttpMethod.Get, "api/availability?days=0", megan);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }
}
