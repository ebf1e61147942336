using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Core.FollowUps;
using GraphCallback.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace GraphCallback.EndToEnd.Tests.Tasks;

/// <summary>
/// A voicemail becomes exactly one To Do task in the user's call-back list, through the real
/// path (emulator inbox → webhook → queues → Graph SDK → Azurite), in one Graph request; a
/// response lost after the create and a deleted list still leave one task per follow-up.
/// </summary>
public sealed class TaskCreationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string CreateRoute = "POST /v1.0/users/{user}/todo/lists/{list}/tasks";
    private SystemUnderTest _system = null!;

    public async Task InitializeAsync() => _system = await TaskTestContext.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task Connecting_gives_every_waiting_follow_up_one_task_in_one_call_back_list()
    {
        var pending = await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true);

        var list = Assert.Single(await _system.CallBackListsAsync(Demo.Megan));

        Assert.NotEmpty(pending);
        Assert.Equal(pending.Count, list.GetProperty("tasks").GetArrayLength());
        Assert.All(pending, f => Assert.Single(Todo.TasksFor(list, f.Id)));
    }

    [Fact]
    public async Task A_new_voicemail_becomes_one_task_with_the_follow_ups_details_in_one_Graph_request()
    {
        await _system.Control.DeleteAsync("counters");

        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0456", "New caller", "Hello, I'd like a quote for a new bathroom & tiles.");
        await _system.Activities.CapturesAsync(Demo.MeganKey.PartitionKey, _system.Activities.CaptureCount(Demo.MeganKey.PartitionKey) + 1);
        await _system.SyncsSettledAsync();

        var followUp = Assert.Single(await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460456");
        var (_, task) = await _system.TaskOfAsync(followUp.Id);
        Assert.Equal("Call back New caller", task.GetProperty("title").GetString());
        var body = task.GetProperty("body").GetProperty("content").GetString()!;
        Assert.Equal("html", task.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Contains("<a href=\"tel:+442079460456\">+44 20 7946 0456</a>", body, StringComparison.Ordinal);
        Assert.Contains("Called once,", body, StringComparison.Ordinal);
        Assert.Contains("Hello, I&#39;d like a quote for a new bathroom &amp; tiles.", body, StringComparison.Ordinal);
        Assert.Contains("If you get their voicemail: ", body, StringComparison.Ordinal);
        Assert.Equal(Todo.Day(followUp.Sla.DueAt, Demo.MeganHours.Zone), Todo.DueDay(task, Demo.MeganHours.Zone));
        Assert.Equal(followUp.Sla.DueAt.AddHours(-2), Todo.Instant(task.GetProperty("reminderDateTime")));
        Assert.True(task.GetProperty("isReminderOn").GetBoolean());
        Assert.Equal(("low", "notStarted"), (task.GetProperty("importance").GetString(), task.GetProperty("status").GetString()));
        var link = Assert.Single(task.GetProperty("linkedResources").EnumerateArray());
        Assert.Equal(Assert.Single(followUp.Calls).Link!.ToString(), link.GetProperty("webUrl").GetString());

        // The list id, mailbox settings and free/busy are known from connecting: the task costs its one POST.
        // Its "created" notification is not read back; delta rounds still reading back the updates
        // made while connecting may land in this window, so they are left out of the sum.
        var counters = await _system.Control.GetFromJsonAsync<Dictionary<string, int>>("counters");
        output.WriteLine($"Graph requests for one voicemail and its task: {JsonSerializer.Serialize(counters)}");
        Assert.Equal(
            new Dictionary<string, int> { ["GET /v1.0/users/{user}/messages/{message}"] = 1, [CreateRoute] = 1 },
            counters!.Where(c => c.Key != "GET /v1.0/users/{user}/todo/lists/{list}/tasks/delta").ToDictionary());
    }

    [Fact]
    public async Task A_create_whose_response_was_lost_is_found_on_the_retry_and_leaves_one_task()
    {
        await _system.Control.DeleteAsync("counters");
        using (var fault = await _system.Control.PostAsJsonAsync("faults", new { kind = "UnavailableAfterServing", route = "/v1.0/users/{user}/todo/lists/{list}/tasks", method = "POST", count = 1, retryAfterSeconds = 0 }))
        {
            fault.EnsureSuccessStatusCode();
        }

        await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0789", "Lost response", "Please call me about the order.");
        await _system.Activities.CapturesAsync(Demo.MeganKey.PartitionKey, _system.Activities.CaptureCount(Demo.MeganKey.PartitionKey) + 1);

        // The first run fails after Graph stored the task; the queue delivers the message again.
        await _system.SyncsSettledAsync(extra: 1);

        var followUp = Assert.Single(await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true), f => f.Caller.Number.E164 == "+442079460789");
        var (_, task) = await _system.TaskOfAsync(followUp.Id);
        Assert.Equal("Call back Lost response", task.GetProperty("title").GetString());
        var counters = await _system.Control.GetFromJsonAsync<Dictionary<string, int>>("counters");
        Assert.Equal(1, counters![CreateRoute]);
        Assert.Equal(1, counters["GET /v1.0/users/{user}/todo/lists/{list}/tasks"]);
    }

    [Fact]
    public async Task A_call_back_list_the_user_deleted_is_made_again_with_a_task_for_each_waiting_follow_up()
    {
        var old = Assert.Single(await _system.CallBackListsAsync(Demo.Megan));

        using (var deleted = await _system.Control.DeleteAsync($"users/{Demo.Megan}/todo/lists/{old.GetProperty("id").GetString()}"))
        {
            deleted.EnsureSuccessStatusCode();
        }

        await _system.PollToDoAsync();
        await _system.Activities.RunsAsync("ReplaceTodoList");
        var pending = await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true);
        var list = Assert.Single(await _system.CallBackListsAsync(Demo.Megan));
        Assert.NotEqual(old.GetProperty("id").GetString(), list.GetProperty("id").GetString());
        Assert.Equal(old.GetProperty("tasks").GetArrayLength(), pending.Count);
        Assert.All(pending, f => Assert.Single(Todo.TasksFor(list, f.Id)));
    }
}
