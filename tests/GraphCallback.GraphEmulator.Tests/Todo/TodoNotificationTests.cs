using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

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
    public async Task Creating_and_completing_a_task_notify_a_subscription_the_user_made_on_the_lists_tasks()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var asMegan = emulator.Graph(await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, scopes = "Tasks.ReadWrite" }));
        await asMegan.Subscriptions.PostAsync(new Subscription
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

    [Fact]
    public async Task An_app_only_subscription_to_a_users_tasks_is_refused_as_todoTask_notifications_are_delegated_only()
    {
        var graph = emulator.Graph(await emulator.MintTokenAsync(new { clientId = DemoUsers.AppClientId }));
        var list = await TodoTestData.NewListAsync(graph);

        var refused = await Assert.ThrowsAsync<ODataError>(() => graph.Subscriptions.PostAsync(TaskSubscription(list)));

        Assert.Equal((403, "ExtensionError"), (refused.ResponseStatusCode, refused.Error?.Code));
        Assert.Equal(0, _webhook.ValidationRequests);
    }

    [Fact]
    public async Task A_user_cannot_subscribe_to_another_users_tasks()
    {
        var list = await TodoTestData.NewListAsync(emulator.Graph());
        var asAlex = emulator.Graph(await emulator.MintTokenAsync(new { user = "alex@contoso.example", scopes = "Tasks.ReadWrite" }));

        var refused = await Assert.ThrowsAsync<ODataError>(() => asAlex.Subscriptions.PostAsync(TaskSubscription(list)));

        Assert.Equal(403, refused.ResponseStatusCode);
    }

    private Subscription TaskSubscription(string list) => new()
    {
        ChangeType = "created,updated,deleted",
        NotificationUrl = _webhook.Url,
        Resource = $"users/{DemoUsers.MeganUpn}/todo/lists/{list}/tasks",
        ExpirationDateTime = emulator.Clock.GetUtcNow().AddDays(2),
    };
}
