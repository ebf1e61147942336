using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using TaskStatus = Microsoft.Graph.Models.TaskStatus;

namespace GraphCallback.GraphEmulator.Tests.Todo;

/// <summary>To Do tasks: create with linked items inline, read, $expand, PATCH, status and completion, time zones, delete, errors.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TodoTaskTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_task_is_created_with_its_linked_resource_and_checklist_in_one_POST()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);

        var created = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(TodoTestData.FollowUp("Call Patti back", "fu-1"));

        Assert.False(string.IsNullOrEmpty(created!.Id));
        Assert.Equal(TaskStatus.NotStarted, created.Status);
        Assert.Equal(Importance.High, created.Importance);
        Assert.NotNull(created.CreatedDateTime);
        var resource = Assert.Single(created.LinkedResources!);
        Assert.False(string.IsNullOrEmpty(resource.Id));
        Assert.Equal("fu-1", resource.ExternalId);
        Assert.Collection(
            created.ChecklistItems!,
            open => Assert.Equal((false, (DateTimeOffset?)null), (open.IsChecked!.Value, open.CheckedDateTime)),
            done => Assert.True(done.IsChecked == true && done.CheckedDateTime is not null));
        Assert.All(created.ChecklistItems!, i => Assert.False(string.IsNullOrEmpty(i.Id)));
    }

    [Fact]
    public async Task A_task_read_back_has_linked_items_only_when_expanded()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var created = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(TodoTestData.FollowUp("Call Patti back", "fu-1"));

        var plain = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[created!.Id].GetAsync();
        var expanded = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[created.Id].GetAsync(r => r.QueryParameters.Expand = ["linkedResources", "checklistItems"]);

        Assert.Null(plain!.LinkedResources);
        Assert.Null(plain.ChecklistItems);
        Assert.Equal("fu-1", Assert.Single(expanded!.LinkedResources!).ExternalId);
        Assert.Equal(2, expanded.ChecklistItems!.Count);
    }

    [Fact]
    public async Task Tasks_are_found_by_linked_externalId_through_expand_because_Graph_cannot_filter_on_it()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        foreach (var id in new[] { "fu-1", "fu-2", "fu-3" })
        {
            await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(TodoTestData.FollowUp("Follow-up " + id, id));
        }

        var tasks = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.GetAsync(r => r.QueryParameters.Expand = ["linkedResources"]);
        var filtered = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.GetAsync(
            r => r.QueryParameters.Filter = "linkedResources/any(r: r/externalId eq 'fu-2')"));

        var match = Assert.Single(tasks!.Value!, t => t.LinkedResources!.Any(r => r.ExternalId == "fu-2"));
        Assert.Equal("Follow-up fu-2", match.Title);
        Assert.Equal(400, filtered.ResponseStatusCode);
    }

    [Fact]
    public async Task Tasks_can_be_filtered_on_their_own_properties()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var done = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Done", Status = TaskStatus.Completed });
        await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Open" });

        var completed = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.GetAsync(r => r.QueryParameters.Filter = "status eq 'completed'");

        Assert.Equal(done!.Id, Assert.Single(completed!.Value!).Id);
    }

    [Fact]
    public async Task Completing_a_task_stamps_completedDateTime_and_reopening_clears_it()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var created = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Call Diego" });
        var task = graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[created!.Id];

        var completed = await task.PatchAsync(new TodoTask { Status = TaskStatus.Completed });
        var reopened = await task.PatchAsync(new TodoTask { Status = TaskStatus.NotStarted });

        Assert.Equal(TaskStatus.Completed, completed!.Status);
        Assert.Equal("UTC", completed.CompletedDateTime?.TimeZone);
        Assert.NotNull(completed.CompletedDateTime?.DateTime);
        Assert.Null(created.CompletedDateTime);
        Assert.Null(reopened!.CompletedDateTime);
        Assert.Equal("Call Diego", reopened.Title);
    }

    [Fact]
    public async Task A_PATCH_changes_exactly_the_properties_it_names_and_times_come_back_in_UTC()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var created = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(TodoTestData.FollowUp("Call Patti back", "fu-1"));
        var task = graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[created!.Id];

        await task.PatchAsync(new TodoTask
        {
            Title = "Call Patti back (urgent)",
            Body = new ItemBody { ContentType = BodyType.Text, Content = "Boiler leaking in the east wing." },
            Importance = Importance.Low,
            DueDateTime = new DateTimeTimeZone { DateTime = "2026-07-01T00:00:00", TimeZone = "Europe/Berlin" },
            ReminderDateTime = new DateTimeTimeZone { DateTime = "2026-06-30T09:00:00", TimeZone = "Pacific Standard Time" },
            IsReminderOn = true,
            Categories = ["Call-back", "VIP"],
        });
        var read = await task.GetAsync();

        Assert.Equal("Call Patti back (urgent)", read!.Title);
        Assert.Equal("Boiler leaking in the east wing.", read.Body?.Content);
        Assert.Equal(Importance.Low, read.Importance);
        Assert.Equal(("2026-06-30T22:00:00.0000000", "UTC"), (read.DueDateTime?.DateTime, read.DueDateTime?.TimeZone));
        Assert.Equal(("2026-06-30T16:00:00.0000000", "UTC"), (read.ReminderDateTime?.DateTime, read.ReminderDateTime?.TimeZone));
        Assert.True(read.IsReminderOn);
        Assert.Equal(["Call-back", "VIP"], read.Categories!);
        Assert.Equal(TaskStatus.NotStarted, read.Status);
        Assert.Equal(created.CreatedDateTime, read.CreatedDateTime);
        Assert.True(read.LastModifiedDateTime >= created.LastModifiedDateTime);
    }

    [Fact]
    public async Task A_due_time_is_not_kept_only_its_day_while_the_reminder_keeps_its_time()
    {
        // microsoft-graph-docs#16991: due 04:10 GMT comes back 00:00 UTC of that day.
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);

        var created = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask
        {
            Title = "Call Patti back",
            DueDateTime = new DateTimeTimeZone { DateTime = "2026-07-01T10:15:00", TimeZone = "GMT Standard Time" },
            ReminderDateTime = new DateTimeTimeZone { DateTime = "2026-07-01T08:15:00", TimeZone = "GMT Standard Time" },
        });
        var read = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[created!.Id].GetAsync();

        // Midnight of 1 July in London (BST) is 23:00 UTC on 30 June; the reminder is 07:15 UTC.
        Assert.Equal(("2026-06-30T23:00:00.0000000", "UTC"), (created.DueDateTime?.DateTime, created.DueDateTime?.TimeZone));
        Assert.Equal(("2026-06-30T23:00:00.0000000", "UTC"), (read!.DueDateTime?.DateTime, read.DueDateTime?.TimeZone));
        Assert.Equal(("2026-07-01T07:15:00.0000000", "UTC"), (read.ReminderDateTime?.DateTime, read.ReminderDateTime?.TimeZone));
    }

    [Fact]
    public async Task The_due_date_is_converted_to_the_zone_the_request_prefers()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var created = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(TodoTestData.FollowUp("Call Patti back", "fu-1"));

        var inUtc = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[created!.Id].GetAsync();
        var inBerlin = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[created.Id].GetAsync(
            r => r.Headers.Add("Prefer", "outlook.timezone=\"W. Europe Standard Time\""));

        Assert.Equal(("2026-03-09T23:00:00.0000000", "UTC"), (inUtc!.DueDateTime?.DateTime, inUtc.DueDateTime?.TimeZone));
        Assert.Equal(("2026-03-10T00:00:00.0000000", "W. Europe Standard Time"), (inBerlin!.DueDateTime?.DateTime, inBerlin.DueDateTime?.TimeZone));
    }

    [Fact]
    public async Task A_deleted_task_is_a_404_afterwards()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var created = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(new TodoTask { Title = "Spam caller" });

        await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[created!.Id].DeleteAsync();
        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[created.Id].GetAsync());
        var remaining = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.GetAsync();

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("ErrorItemNotFound", error.Error?.Code);
        Assert.NotNull(error.Error?.InnerError?.RequestId);
        Assert.Empty(remaining!.Value!);
    }

    [Fact]
    public async Task Unknown_lists_and_tasks_are_404s()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);

        var noList = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Todo.Lists["AAMkNoSuchList"].Tasks.GetAsync());
        var noTask = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks["AAMkNoSuchTask"].PatchAsync(new TodoTask { Title = "x" }));

        Assert.Equal((404, 404), (noList.ResponseStatusCode, noTask.ResponseStatusCode));
    }

    [Fact]
    public async Task Properties_todoTask_does_not_have_and_unknown_enum_values_are_rejected_like_on_Graph()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var unknownProperty = new TodoTask { Title = "x", AdditionalData = new Dictionary<string, object> { ["priority"] = "high" } };
        var unknownStatus = new TodoTask { Title = "x", AdditionalData = new Dictionary<string, object> { ["status"] = "postponed" } };

        var first = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(unknownProperty));
        var second = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(unknownStatus));

        Assert.Equal((400, 400), (first.ResponseStatusCode, second.ResponseStatusCode));
        Assert.Contains("priority", first.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_works_for_tasks_with_a_delegated_token()
    {
        var graph = emulator.Graph(await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, scopes = "Tasks.ReadWrite" }));
        var lists = await graph.Me.Todo.Lists.GetAsync();
        var defaultList = lists!.Value!.Single(l => l.WellknownListName == WellknownListName.DefaultList);

        var created = await graph.Me.Todo.Lists[defaultList.Id].Tasks.PostAsync(new TodoTask { Title = "Mine" });
        var read = await emulator.Graph().Users[DemoUsers.Megan].Todo.Lists[defaultList.Id].Tasks[created!.Id].GetAsync();

        Assert.Equal("Mine", read!.Title);
    }
}
