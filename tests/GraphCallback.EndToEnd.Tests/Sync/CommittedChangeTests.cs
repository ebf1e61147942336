using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using GraphCallback.Core.FollowUps;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.EndToEnd.Tests.Tasks;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace GraphCallback.EndToEnd.Tests.Sync;

/// <summary>
/// A change the API committed is never lost to a failed sync request (the outbox and its sweep),
/// and a POST sent twice under one Idempotency-Key is recorded once.
/// </summary>
public sealed class CommittedChangeTests : IAsyncLifetime
{
    private SystemUnderTest _system = null!;
    private FollowUp _patti = null!;
    private string _token = null!;

    public async Task InitializeAsync()
    {
        _system = await TaskTestContext.StartAsync();
        _patti = Assert.Single(await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460555");
        _token = await _system.MintAsync(Demo.Megan);
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task A_change_whose_sync_request_fails_is_still_answered_ok_and_the_sweep_completes_its_task()
    {
        // The sync queue is gone, as in a storage outage between the commit and the send.
        var queue = new QueueClient(_system.Azurite.ConnectionString, "sync");
        await queue.DeleteAsync();

        using var response = await _system.SendAsync(HttpMethod.Post, $"api/followups/{_patti.Id}/attempts", _token, new { outcome = "reached" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FollowUpStatus.Resolved, (await _system.FollowUps.GetAsync(Demo.MeganKey, _patti.Id))!.FollowUp.Status);
        var (_, stillOpen) = await _system.TaskOfAsync(_patti.Id);
        Assert.Equal("notStarted", stillOpen.GetProperty("status").GetString());

        await queue.CreateAsync();
        var syncs = _system.Activities.RunCount("SyncFollowUps");
        _system.Clock.Advance(SweepSyncOutbox.Grace + TimeSpan.FromSeconds(1));
        await _system.App.Services.GetRequiredService<FunctionInvoker>().RunTimerAsync("SweepSyncOutbox", new TimerTick(false, null, null), CancellationToken.None);
        await _system.Activities.RunsAsync("SyncFollowUps", syncs + 1);

        var (_, done) = await _system.TaskOfAsync(_patti.Id);
        Assert.Equal("completed", done.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_attempt_sent_twice_under_one_key_is_recorded_once_and_the_key_reused_for_another_request_is_422()
    {
        var first = await AttemptAsync("key-1", "noAnswer");
        var again = await AttemptAsync("key-1", "noAnswer");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(1, again.Body.GetProperty("attempts").GetProperty("count").GetInt32());
        Assert.Single((await _system.FollowUps.GetAsync(Demo.MeganKey, _patti.Id))!.FollowUp.Attempts);

        var reused = await AttemptAsync("key-1", "busy");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Equal("application/problem+json", reused.MediaType);
        var malformed = await AttemptAsync("not a key", "busy");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Single((await _system.FollowUps.GetAsync(Demo.MeganKey, _patti.Id))!.FollowUp.Attempts);
    }

    [Fact]
    public async Task A_manual_call_sent_twice_under_one_key_is_one_call_on_one_follow_up()
    {
        var body = new { number = "+44 20 7946 0432", name = "Dana Ortiz", note = "About the quote" };

        var first = await CreateAsync("manual-1", body);
        var again = await CreateAsync("manual-1", body);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, again.Status);
        var id = first.Body.GetProperty("id").GetString()!;
        Assert.Equal(id, again.Body.GetProperty("id").GetString());
        Assert.Single((await _system.FollowUps.GetAsync(Demo.MeganKey, FollowUpId.Parse(id)))!.FollowUp.Calls);
    }

    private Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> AttemptAsync(string key, string outcome) =>
        PostAsync($"api/followups/{_patti.Id}/attempts", key, new { outcome });

    private Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> CreateAsync(string key, object body) =>
        PostAsync("api/followups", key, body);

    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> PostAsync(string path, string key, object body)
    {
        using var request = ApiTokens.Request(HttpMethod.Post, path, _token, body);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        using var response = await _system.Client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
