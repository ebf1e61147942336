using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.GraphEmulator.Tests.Todo;

/// <summary>A task's linkedResources and checklistItems through their own collections.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TodoLinkedItemTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Linked_resources_are_listed_added_updated_and_deleted_through_their_own_collection()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var task = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(TodoTestData.FollowUp("Call Patti back", "fu-1"));
        var resources = graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[task!.Id].LinkedResources;

        var added = await resources.PostAsync(new LinkedResource { ApplicationName = "Teams", DisplayName = "Call record", ExternalId = "cr-9" });
        var updated = await resources[added!.Id].PatchAsync(new LinkedResource { DisplayName = "Teams call record" });
        var afterUpdate = await resources.GetAsync();
        await resources[task.LinkedResources![0].Id].DeleteAsync();
        var afterDelete = await resources.GetAsync();
        var missing = await Assert.ThrowsAsync<ODataError>(() => resources[task.LinkedResources[0].Id].GetAsync());

        Assert.Equal(("Teams call record", "cr-9", "Teams"), (updated!.DisplayName, updated.ExternalId, updated.ApplicationName));
        Assert.Equal(["fu-1", "cr-9"], afterUpdate!.Value!.Select(r => r.ExternalId));
        Assert.Equal("cr-9", Assert.Single(afterDelete!.Value!).ExternalId);
        Assert.Equal(404, missing.ResponseStatusCode);
    }

    [Fact]
    public async Task Checking_a_checklist_item_stamps_checkedDateTime_and_unchecking_clears_it()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var task = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Call Isaiah" });
        var items = graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[task!.Id].ChecklistItems;

        var added = await items.PostAsync(new ChecklistItem { DisplayName = "Offer e-mail instead" });
        var checkedItem = await items[added!.Id].PatchAsync(new ChecklistItem { IsChecked = true });
        var cleared = await items[added.Id].PatchAsync(new ChecklistItem { IsChecked = false });
        await items[added.Id].DeleteAsync();
        var remaining = await items.GetAsync();

        Assert.Equal((false, (DateTimeOffset?)null), (added.IsChecked!.Value, added.CheckedDateTime));
        Assert.NotNull(added.CreatedDateTime);
        Assert.True(checkedItem!.IsChecked);
        Assert.NotNull(checkedItem.CheckedDateTime);
        Assert.Equal("Offer e-mail instead", checkedItem.DisplayName);
        Assert.Null(cleared!.CheckedDateTime);
        Assert.Empty(remaining!.Value!);
    }

    [Fact]
    public async Task A_change_to_a_linked_item_is_a_change_to_the_task()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var task = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Call Isaiah" });

        await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[task!.Id].ChecklistItems.PostAsync(new ChecklistItem { DisplayName = "Try mobile" });
        var after = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[task.Id].GetAsync();

        Assert.NotEqual(task.AdditionalData["@odata.etag"], after!.AdditionalData["@odata.etag"]);
    }

    [Fact]
    public async Task A_task_PATCH_cannot_write_linked_items_inline()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var task = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Call Isaiah" });

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[task!.Id].PatchAsync(
            new TodoTask { LinkedResources = [new LinkedResource { ExternalId = "x" }] }));

        Assert.Equal(400, error.ResponseStatusCode);
    }
}
