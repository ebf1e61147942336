using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.EndToEnd.Tests.Support;

namespace GraphCallback.EndToEnd.Tests.Api;

/// <summary>The task pane's follow-up endpoints over Megan's back-filled demo calls, with real tokens.</summary>
public sealed class FollowUpApiTests : IAsyncLifetime
{
    private const string Alex = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

    private SystemUnderTest _system = null!;
    private string _megan = null!;

    public async Task InitializeAsync()
    {
        _system = await SystemUnderTest.StartAsync();
        await _system.ConnectAsync(Demo.MeganKey);
        _megan = await _system.MintAsync(Demo.Megan);
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task Lists_pending_follow_ups_most_urgent_first_and_shows_one_with_its_calls_and_etag()
    {
        var open = await ListAsync("open");

        Assert.NotEmpty(open);
        Assert.Equal(
            open.Select(f => (f.GetProperty("priority").GetInt32(), f.GetProperty("dueAt").GetDateTimeOffset())).Order(),
            open.Select(f => (f.GetProperty("priority").GetInt32(), f.GetProperty("dueAt").GetDateTimeOffset())));
        var first = open[0];
        Assert.Contains(first.GetProperty("slaState").GetString(), new[] { "onTrack", "dueSoon", "overdue", "escalated" });
        Assert.Equal("open", first.GetProperty("status").GetString());
        Assert.Equal(0, first.GetProperty("attempts").GetProperty("count").GetInt32());
        var caller = first.GetProperty("caller");
        Assert.False(string.IsNullOrEmpty(caller.GetProperty("display").GetString()));
        if (caller.GetProperty("number").GetString() is { } number)
        {
            Assert.StartsWith("+", number, StringComparison.Ordinal);
            Assert.Equal("tel:" + number, caller.GetProperty("telUri").GetString());
        }

        using var detail = await _system.SendAsync(HttpMethod.Get, $"api/followups/{Id(first)}", _megan);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.NotNull(detail.Headers.ETag);
        var body = await detail.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("created", body.GetProperty("history")[0].GetProperty("kind").GetString());
        var sourceId = body.GetProperty("calls")[0].GetProperty("sourceId").GetString()!;

        // The pane may hold the item's EWS id: the same base64 with '/' and '+' where REST has '-' and '_'.
        var ewsId = sourceId.Replace('-', '/').Replace('_', '+');
        using var byItem = await _system.SendAsync(HttpMethod.Get, $"api/followups/by-item/{Uri.EscapeDataString(ewsId)}", _megan);
        Assert.Equal(HttpStatusCode.OK, byItem.StatusCode);
        Assert.Equal(Id(first), Id(await byItem.Content.ReadFromJsonAsync<JsonElement>()));
        using var noItem = await _system.SendAsync(HttpMethod.Get, "api/followups/by-item/AAMkNotOurs", _megan);
        Assert.Equal(HttpStatusCode.NotFound, noItem.StatusCode);
    }

    [Fact]
    public async Task Outcomes_move_the_lifecycle_and_refusals_are_problems()
    {
        var open = await ListAsync("open");
        var id = Id(open[0]);

        using (var unknown = await _system.SendAsync(HttpMethod.Post, $"api/followups/{id}/attempts", _megan, new { outcome = "gaveUp" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("outcome", out _));
        }

        var attempted = await AttemptAsync(id, "noAnswer");
        Assert.Equal("attempted", attempted.GetProperty("status").GetString());
        Assert.Equal(1, attempted.GetProperty("attempts").GetProperty("count").GetInt32());
        Assert.Equal("attempted", (await AttemptAsync(id, "busy")).GetProperty("status").GetString());
        Assert.Equal("attempted", (await AttemptAsync(id, "leftVoicemail")).GetProperty("status").GetString());
        Assert.Equal("attempted", (await AttemptAsync(id, "leftLiveMessage")).GetProperty("status").GetString());
        var resolved = await AttemptAsync(id, "reached", "Sorted the boiler.");
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        Assert.Equal(5, resolved.GetProperty("attempts").GetProperty("count").GetInt32());
        Assert.DoesNotContain(await ListAsync("open"), f => Id(f) == id);
        Assert.Contains(await ListAsync("all"), f => Id(f) == id);

        using (var closed = await _system.SendAsync(HttpMethod.Post, $"api/followups/{id}/attempts", _megan, new { outcome = "busy" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
            Assert.Equal("application/problem+json", closed.Content.Headers.ContentType?.MediaType);
        }

        using (var reopen = await _system.SendAsync(HttpMethod.Post, $"api/followups/{id}/reopen", _megan))
        {
            Assert.Equal(HttpStatusCode.OK, reopen.StatusCode);
            var reopened = await reopen.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("open", reopened.GetProperty("status").GetString());
            Assert.True(reopened.GetProperty("dueAt").GetDateTimeOffset() > _system.Clock.GetUtcNow());
        }

        using (var reopenOpen = await _system.SendAsync(HttpMethod.Post, $"api/followups/{id}/reopen", _megan))
        {
            Assert.Equal(HttpStatusCode.Conflict, reopenOpen.StatusCode);
        }

        Assert.Equal("resolved", (await AttemptAsync(Id(open[1]), "declinedPolitely")).GetProperty("status").GetString());
        Assert.Equal("resolved", (await AttemptAsync(Id(open[2]), "answeredByEmail")).GetProperty("status").GetString());
        Assert.Equal("dismissed", (await AttemptAsync(Id(open[3]), "wrongNumber")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_snooze_and_dismiss_change_what_is_open()
    {
        var open = await ListAsync("open");
        var id = Id(open[0]);
        using var read = await _system.SendAsync(HttpMethod.Get, $"api/followups/{id}", _megan);
        var etag = read.Headers.ETag!.ToString();

        using (var current = await _system.SendAsync(HttpMethod.Post, $"api/followups/{id}/attempts", _megan, new { outcome = "noAnswer" }, etag))
        {
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
            Assert.NotEqual(etag, current.Headers.ETag?.ToString());
        }

        using (var stale = await _system.SendAsync(HttpMethod.Post, $"api/followups/{id}/attempts", _megan, new { outcome = "reached" }, etag))
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        }

        Assert.Equal("attempted", await StatusAsync(id));

        using (var snooze = await _system.SendAsync(HttpMethod.Post, $"api/followups/{id}/snooze", _megan, new { until = _system.Clock.GetUtcNow().AddDays(1) }))
        {
            Assert.Equal(HttpStatusCode.OK, snooze.StatusCode);
        }

        Assert.DoesNotContain(await ListAsync("open"), f => Id(f) == id);
        Assert.NotNull((await ListAsync("all")).Single(f => Id(f) == id).GetProperty("snoozedUntil").GetString());

        var other = Id(open[1]);
        using (var noReason = await _system.SendAsync(HttpMethod.Post, $"api/followups/{other}/dismiss", _megan, new { reason = " " }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        using (var dismiss = await _system.SendAsync(HttpMethod.Post, $"api/followups/{other}/dismiss", _megan, new { reason = "Duplicate" }))
        {
            Assert.Equal(HttpStatusCode.OK, dismiss.StatusCode);
        }

        Assert.Equal("dismissed", await StatusAsync(other));
    }

    [Fact]
    public async Task Another_user_neither_reads_nor_changes_megans_follow_ups()
    {
        var id = Id((await ListAsync("open"))[0]);
        var alex = await _system.MintAsync(Alex);

        using (var list = await _system.SendAsync(HttpMethod.Get, "api/followups?status=all", alex))
        {
            Assert.DoesNotContain((await list.Content.ReadFromJsonAsync<JsonElement[]>())!, f => Id(f) == id);
        }

        using (var read = await _system.SendAsync(HttpMethod.Get, $"api/followups/{id}", alex))
        {
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }

        foreach (var (action, body) in new (string, object)[] { ("attempts", new { outcome = "reached" }), ("dismiss", new { reason = "Mine now" }), ("snooze", new { until = _system.Clock.GetUtcNow().AddDays(1) }) })
        {
            using var change = await _system.SendAsync(HttpMethod.Post, $"api/followups/{id}/{action}", alex, body);
            Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        }

        Assert.Equal("open", await StatusAsync(id));
    }

    private static string Id(JsonElement followUp) => followUp.GetProperty("id").GetString()!;

    private async Task<JsonElement[]> ListAsync(string status)
    {
        using var response = await _system.SendAsync(HttpMethod.Get, $"api/followups?status={status}", _megan);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement[]>())!;
    }

    private async Task<string?> StatusAsync(string id)
    {
        using var response = await _system.SendAsync(HttpMethod.Get, $"api/followups/{id}", _megan);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
    }

    private async Task<JsonElement> AttemptAsync(string id, string outcome, string? note = null)
    {
        using var response = await _system.SendAsync(HttpMethod.Post, $"api/followups/{id}/attempts", _megan, new { outcome, note });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
