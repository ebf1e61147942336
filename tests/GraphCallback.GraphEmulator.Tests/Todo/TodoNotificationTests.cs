using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Tests.Todo;

/// <summary>To Do changes reach todoTask subscriptions through the change feed.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TodoNotificationTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private TestWebhook _webhook = null!;

    public async Task InitializeAsync()
    {
        await emulator.ResetAsync();
        _webhook = await TestWebhook.StartAsync();
    }

    public async Task DisposeAsync() => await _webhook.DisposeAsync();

    [Fact]
    public async Task Creating_and_completing_a_task_notify_a_subscription_on_the_lists_tasks()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        await graph.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created,updated,deleted",
            NotificationUrl = _webhook.Url,
            LifecycleNotificationUrl = _webhook.LifecycleUrl,
            Resource = $"users/{DemoUsers.MeganUpn}/todo/lists/{list}/tasks",
            ExpirationDateTime = emulator.Clock.GetUtcNow().AddDays(2),
            ClientState = "todo-state",
        });

        var task = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Call Patti back" });
        var created = await _webhook.NextAsync();
        await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/todo/lists/{list}/tasks/{task!.Id}/complete", new { });
        var updated = await _webhook.NextAsync();

        var first = Assert.Single(created.GetProperty("value").EnumerateArray());
        Assert.Equal("created", first.GetProperty("changeType").GetString());
        Assert.Equal("todo-state", first.GetProperty("clientState").GetString());
        Assert.Equal(task.Id, first.GetProperty("resourceData").GetProperty("id").GetString());
        Assert.Equal($"Users/{DemoUsers.Megan}/todo/lists/{list}/tasks/{task.Id}", first.GetProperty("resource").GetString());
        var second = Assert.Single(updated.GetProperty("value").EnumerateArray());
        Assert.Equal("updated", second.GetProperty("changeType").GetString());
    }
}
