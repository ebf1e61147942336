using GraphCallback.GraphEmulator.Tests.Calendar.Outlook;
using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Tests.Todo;

/// <summary>The emulator's todoTask JSON has the property names and JSON types of Microsoft's documented examples.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TodoDocumentedShapeTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_created_task_with_a_linked_resource_has_the_documented_shape()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var body = new TodoTask
        {
            Title = "A new task",
            LinkedResources = [new LinkedResource { WebUrl = "http://microsoft.com", ApplicationName = "Microsoft", DisplayName = "Microsoft" }],
        };

        var created = await RawJson.SendAsync(graph, graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.ToPostRequestInformation(body));

        DocumentedShape.AssertMatches(DocumentedShape.Load("Todo/Docs/todotask-create-response.json"), created);
    }

    [Fact]
    public async Task A_task_read_back_has_the_documented_shape()
    {
        var graph = emulator.Graph();
        var list = await TodoTestData.NewListAsync(graph);
        var task = await graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks.PostAsync(TodoTestData.FollowUp("Shop for dinner", "fu-1"));

        var read = await RawJson.SendAsync(graph, graph.Users[DemoUsers.Megan].Todo.Lists[list].Tasks[task!.Id].ToGetRequestInformation());

        DocumentedShape.AssertMatches(DocumentedShape.Load("Todo/Docs/todotask-get-response.json"), read);
        Assert.DoesNotContain("linkedResources", RawJson.Names(read));
    }
}
