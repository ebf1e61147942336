using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Testing;

namespace GraphCallback.EndToEnd.Tests.Api;

/// <summary>Follow-ups entered by hand, for oneself or, once granted in the colleague's settings, for a colleague.</summary>
[CalendarDependent]
public sealed class ManualFollowUpApiTests : IAsyncLifetime
{
    private const string Alex = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

    private SystemUnderTest _system = null!;

    public async Task InitializeAsync() => _system = await SystemUnderTest.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task A_call_taken_down_by_hand_is_a_follow_up_and_a_delegate_may_enter_one_only_when_granted()
    {
        var megan = await _system.MintAsync(Demo.Megan);
        var alex = await _system.MintAsync(Alex);

        using (var own = await _system.SendAsync(HttpMethod.Post, "api/followups", megan, new { number = "+44 20 7946 0555", name = "Walk-in Customer", note = "Wants a quote" }))
        {
            Assert.Equal(HttpStatusCode.Created, own.StatusCode);
            var id = (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            var mine = Assert.Single(await ListAsync(megan), f => f.GetProperty("id").GetString() == id);
            Assert.Equal("Walk-in Customer", mine.GetProperty("caller").GetProperty("name").GetString());
            Assert.Equal("Wants a quote", mine.GetProperty("transcriptExcerpt").GetString());
        }

        using (var badNumber = await _system.SendAsync(HttpMethod.Post, "api/followups", megan, new { number = "call me", note = "?" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badNumber.StatusCode);
            Assert.True((await badNumber.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("number", out _));
        }

        var forMegan = new { number = "+44 20 7946 0666", name = "Via Alex", note = "Rang reception", forUser = "megan@contoso.example" };
        using (var notGranted = await _system.SendAsync(HttpMethod.Post, "api/followups", alex, forMegan))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notGranted.StatusCode);
        }

        using (var grant = await _system.SendAsync(HttpMethod.Put, "api/settings", megan, new { delegates = new[] { Alex } }))
        {
            Assert.Equal(HttpStatusCode.OK, grant.StatusCode);
        }

        using (var granted = await _system.SendAsync(HttpMethod.Post, "api/followups", alex, forMegan))
        {
            Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
            Assert.Equal(Demo.Megan, (await granted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("forUser").GetString());
        }

        Assert.Contains(await ListAsync(megan), f => f.GetProperty("caller").GetProperty("name").GetString() == "Via Alex");
        Assert.DoesNotContain(await ListAsync(alex), f => f.GetProperty("caller").GetProperty("name").GetString() == "Via Alex");

        using var unknown = await _system.SendAsync(HttpMethod.Post, "api/followups", alex, forMegan with { forUser = "nobody@contoso.example" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    private async Task<JsonElement[]> ListAsync(string token)
    {
        using var response = await _system.SendAsync(HttpMethod.Get, "api/followups", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement[]>())!;
    }
}
