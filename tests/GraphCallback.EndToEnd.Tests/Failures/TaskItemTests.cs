using Azure.Data.Tables;
using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.FollowUps;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.EndToEnd.Tests.Tasks;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Sync;
using GraphCallback.Storage.CallBackBlocks;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Storage.Tasks;

namespace GraphCallback.EndToEnd.Tests.Failures;

/// <summary>
/// One follow-up that fails never holds up the others: a change made in To Do that cannot be
/// applied leaves the round's delta link saved and the other changes applied, and is applied by
/// the catch-up later; a task write Graph refuses leaves the other tasks written and the call-back
/// plan requested.
/// </summary>
public sealed class TaskItemTests : IAsyncLifetime
{
    private SystemUnderTest _system = null!;
    private TableServiceClient _tables = null!;

    // Timers off, and plan requests debounced past the test: what is asked for stays visible.
    public async Task InitializeAsync()
    {
        var settings = Timers.AllDisabledExcept();
        settings["CallBackBlocks:Debounce"] = "01:00:00";
        settings["CallBackBlocks:RecheckAfter"] = "01:00:00";
        _system = await SystemUnderTest.StartAsync(settings);
        _tables = new TableServiceClient(_system.Azurite.ConnectionString);
        await _system.ConnectAsync(Demo.MeganKey);
        await _system.SyncsSettledAsync();
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task A_change_in_to_do_that_fails_to_apply_does_not_stop_the_round_and_the_catch_up_applies_it_later()
    {
        var pending = await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true);
        var (bad, good) = (pending[0], pending[1]);
        await _system.PollToDoAsync();
        var list = Assert.Single(await _system.CallBackListsAsync(Demo.Megan));
        foreach (var followUp in new[] { bad, good })
        {
            await _system.ActOnTaskAsync(Demo.Megan, Id(list), Id(Assert.Single(Todo.TasksFor(list, followUp.Id))), "complete");
        }

        var lists = new TodoListStore(_tables);
        var linkBefore = (await lists.GetAsync(Demo.MeganKey))!.DeltaLink;
        var stored = await CorruptAsync(bad.Id);

        await _system.PollToDoAsync();

        Assert.NotEqual(linkBefore, (await lists.GetAsync(Demo.MeganKey))!.DeltaLink);
        Assert.Equal(FollowUpStatus.Resolved, (await _system.FollowUps.GetAsync(Demo.MeganKey, good.Id))!.FollowUp.Status);
        var marker = Assert.Single(await _system.MarkedAsync("TaskChanges")).Value;

        // Mended, and past its next try: the catch-up applies what the task says now.
        await _tables.GetTableClient(FollowUpStore.DefaultTableName).UpsertEntityAsync(stored, TableUpdateMode.Replace);
        _system.Clock.Advance(marker.NextTry - _system.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        await _system.RunTimerAsync("CatchUpTasks");

        Assert.Equal(FollowUpStatus.Resolved, (await _system.FollowUps.GetAsync(Demo.MeganKey, bad.Id))!.FollowUp.Status);
        Assert.Empty(await _system.MarkedAsync("TaskChanges"));
    }

    [Fact]
    public async Task A_task_write_graph_refuses_leaves_the_other_tasks_written_the_plan_requested_and_the_message_to_retry()
    {
        var blocks = new CallBackBlockStore(_tables);
        await blocks.ClearPlanRequestAsync(Demo.MeganKey);
        var fresh = new List<FollowUpId>();
        foreach (var number in new[] { "+44 20 7946 0881", "+44 20 7946 0882", "+44 20 7946 0883" })
        {
            var call = new CallEvent(new CallEventKey(CallSourceKind.Manual, Guid.NewGuid().ToString("N")), new Caller(PhoneNumber.Parse(number, "GB")), _system.Clock.GetUtcNow());
            fresh.Add((await _system.FollowUps.IngestAsync(Demo.MeganKey, call, Demo.MeganPolicy)).FollowUpId);
        }

        // The first create Graph is asked for is refused; the others go through.
        await _system.FailAsync(new { kind = "Forbidden", route = "/v1.0/users/*", method = "POST", pathContains = "/tasks", count = 1 });

        var work = new SyncWork(Demo.MeganKey.PartitionKey, [.. fresh.Select(id => id.ToString())]);
        // The sync fails, so the queue tries the message again, but only after the rest was done.
        await Assert.ThrowsAsync<SyncIncompleteException>(() => _system.App.Services.GetRequiredService<FunctionInvoker>().HandleQueueAsync(
            ProcessSync.FunctionName, new QueueDelivery("m1", System.Text.Json.JsonSerializer.Serialize(work), 1), CancellationToken.None));

        var list = Assert.Single(await _system.CallBackListsAsync(Demo.Megan));
        Assert.Empty(Todo.TasksFor(list, fresh[0]));
        Assert.Single(Todo.TasksFor(list, fresh[1]));
        Assert.Single(Todo.TasksFor(list, fresh[2]));
        Assert.NotNull(await blocks.PlanRequestedForAsync(Demo.MeganKey));
        Assert.Equal($"{Demo.MeganKey.PartitionKey}/{fresh[0]}", Assert.Single(await _system.MarkedAsync("TaskSync")).Key);

        // Once its claim is taken to have failed, the catch-up's full sync writes it again, and the mark goes.
        _system.Clock.Advance(Functions.Tasks.TaskWriter.ClaimLease + TimeSpan.FromSeconds(1));
        await _system.RunTimerAsync("CatchUpTasks");

        Assert.Single(Todo.TasksFor(Assert.Single(await _system.CallBackListsAsync(Demo.Megan)), fresh[0]));
        Assert.Empty(await _system.MarkedAsync("TaskSync"));
    }

    private static string Id(System.Text.Json.JsonElement item) => item.GetProperty("id").GetString()!;

    // A row no reader can read (its document gone): that follow-up's change fails, as a bad row would.
    private async Task<TableEntity> CorruptAsync(FollowUpId id)
    {
        var table = _tables.GetTableClient(FollowUpStore.DefaultTableName);
        var stored = await table.QueryAsync<TableEntity>(e => e.PartitionKey == Demo.MeganKey.PartitionKey)
            .FirstAsync(e => e.RowKey.EndsWith(id.ToString(), StringComparison.Ordinal) && e.ContainsKey("DataChunks"));
        await table.UpsertEntityAsync(new TableEntity(stored.PartitionKey, stored.RowKey) { ["DataChunks"] = 1, ["Data0"] = "not a follow-up"u8.ToArray() }, TableUpdateMode.Merge);
        return stored;
    }
}
