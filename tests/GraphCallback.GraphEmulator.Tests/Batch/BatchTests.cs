using System.Net;
using System.Text;
using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GraphCallback.GraphEmulator.Tests.Batch;

/// <summary>JSON batching through the SDK's BatchRequestContentCollection, each inner request run as a request of its own.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class BatchTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Requests_run_after_what_they_depend_on_and_answer_with_their_own_status()
    {
        var graph = emulator.Graph();
        var list = await graph.Users[DemoUsers.Megan].Todo.Lists.PostAsync(new TodoTaskList { DisplayName = "Call-backs" });
        var tasks = graph.Users[DemoUsers.Megan].Todo.Lists[list!.Id].Tasks;
        var batch = new BatchRequestContentCollection(graph);
        batch.AddBatchRequestStep(await Step(graph, "create", tasks.ToPostRequestInformation(new TodoTask { Title = "Call Patti back" })));
        batch.AddBatchRequestStep(await Step(graph, "list", tasks.ToGetRequestInformation(), "create"));
        batch.AddBatchRequestStep(await Step(graph, "me", graph.Users[DemoUsers.MeganUpn].ToGetRequestInformation()));

        var response = await graph.Batch.PostAsync(batch);
        var statuses = await response.GetResponsesStatusCodesAsync();
        var created = await response.GetResponseByIdAsync<TodoTask>("create");
        var listed = await response.GetResponseByIdAsync<TodoTaskCollectionResponse>("list");
        var user = await response.GetResponseByIdAsync<User>("me");

        Assert.Equal(HttpStatusCode.Created, statuses["create"]);
        Assert.Equal(HttpStatusCode.OK, statuses["list"]);
        Assert.Equal(created.Id, Assert.Single(listed.Value!).Id);
        Assert.Equal("Megan Bowen", user.DisplayName);
    }

    [Fact]
    public async Task A_request_whose_dependency_failed_is_424_and_does_not_run()
    {
        var graph = emulator.Graph();
        var list = await graph.Users[DemoUsers.Megan].Todo.Lists.PostAsync(new TodoTaskList { DisplayName = "Call-backs" });
        var tasks = graph.Users[DemoUsers.Megan].Todo.Lists[list!.Id].Tasks;
        var batch = new BatchRequestContentCollection(graph);
        batch.AddBatchRequestStep(await Step(graph, "missing", tasks["AAMkNoSuchTask"].ToGetRequestInformation()));
        batch.AddBatchRequestStep(await Step(graph, "dependent", tasks.ToPostRequestInformation(new TodoTask { Title = "Must not exist" }), "missing"));

        var response = await graph.Batch.PostAsync(batch);
        var statuses = await response.GetResponsesStatusCodesAsync();
        var remaining = await tasks.GetAsync();

        Assert.Equal(HttpStatusCode.NotFound, statuses["missing"]);
        Assert.Equal(HttpStatusCode.FailedDependency, statuses["dependent"]);
        Assert.Empty(remaining!.Value!);
    }

    [Fact]
    public async Task A_fault_injected_on_an_inner_route_is_a_429_with_Retry_After_inside_a_200_batch()
    {
        var graph = emulator.Graph();
        var list = await graph.Users[DemoUsers.Megan].Todo.Lists.PostAsync(new TodoTaskList { DisplayName = "Call-backs" });
        await emulator.ControlPostAsync("faults", new { kind = "Throttle", route = "/v1.0/users/{user}/todo/lists/{list}/tasks", method = "GET", count = 1, retryAfterSeconds = 7 });
        var batch = new BatchRequestContentCollection(graph);
        batch.AddBatchRequestStep(await Step(graph, "throttled", graph.Users[DemoUsers.Megan].Todo.Lists[list!.Id].Tasks.ToGetRequestInformation()));
        batch.AddBatchRequestStep(await Step(graph, "fine", graph.Users[DemoUsers.Megan].Todo.Lists[list.Id].ToGetRequestInformation()));

        var response = await graph.Batch.PostAsync(batch);
        var statuses = await response.GetResponsesStatusCodesAsync();
        using var throttled = await response.GetResponseByIdAsync("throttled");

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses["throttled"]);
        Assert.Equal(HttpStatusCode.OK, statuses["fine"]);
        Assert.Equal(TimeSpan.FromSeconds(7), throttled.Headers.RetryAfter?.Delta);
        Assert.Contains("TooManyRequests", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_batch_counts_once_and_each_inner_request_under_its_own_route()
    {
        var graph = emulator.Graph();
        var batch = new BatchRequestContentCollection(graph);
        batch.AddBatchRequestStep(await Step(graph, "1", graph.Users[DemoUsers.Megan].Todo.Lists.ToGetRequestInformation()));
        batch.AddBatchRequestStep(await Step(graph, "2", graph.Users[DemoUsers.Megan].Todo.Lists.ToGetRequestInformation()));
        batch.AddBatchRequestStep(await Step(graph, "3", graph.Users[DemoUsers.Megan].ToGetRequestInformation()));

        await graph.Batch.PostAsync(batch);
        var counters = await emulator.ControlGetAsync("counters");

        Assert.Equal(1, counters.GetProperty("POST /v1.0/$batch").GetInt64());
        Assert.Equal(2, counters.GetProperty("GET /v1.0/users/{user}/todo/lists").GetInt64());
        Assert.Equal(1, counters.GetProperty("GET /v1.0/users/{user}").GetInt64());
    }

    [Fact]
    public async Task Inner_requests_carry_the_batch_token_so_me_works_and_a_bad_token_fails_each_request()
    {
        var megan = emulator.Graph(await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, scopes = "Tasks.ReadWrite" }));
        var batch = new BatchRequestContentCollection(megan);
        batch.AddBatchRequestStep(await Step(megan, "lists", megan.Me.Todo.Lists.ToGetRequestInformation()));
        var anonymous = emulator.Graph();
        var anonymousBatch = new BatchRequestContentCollection(anonymous);
        anonymousBatch.AddBatchRequestStep(await Step(anonymous, "lists", anonymous.Me.Todo.Lists.ToGetRequestInformation()));

        var lists = await (await megan.Batch.PostAsync(batch)).GetResponseByIdAsync<TodoTaskListCollectionResponse>("lists");
        var anonymousStatuses = await (await anonymous.Batch.PostAsync(anonymousBatch)).GetResponsesStatusCodesAsync();

        Assert.Equal(2, lists.Value!.Count);
        Assert.Equal(HttpStatusCode.BadRequest, anonymousStatuses["lists"]);
    }

    [Fact]
    public async Task More_than_20_requests_or_duplicate_ids_fail_the_whole_batch_with_400()
    {
        var graph = emulator.Graph();
        var tooMany = Payload(Enumerable.Range(1, 21).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), "/users/" + DemoUsers.Megan)));
        var duplicates = Payload([("a", "/users/" + DemoUsers.Megan), ("A", "/users/" + DemoUsers.Megan)]);
        var twenty = Payload(Enumerable.Range(1, 20).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), "/users/" + DemoUsers.Megan)));

        var first = await Assert.ThrowsAsync<ODataError>(() => SendRawAsync(graph, tooMany));
        var second = await Assert.ThrowsAsync<ODataError>(() => SendRawAsync(graph, duplicates));
        await SendRawAsync(graph, twenty);
        var counters = await emulator.ControlGetAsync("counters");

        Assert.Equal((400, 400), (first.ResponseStatusCode, second.ResponseStatusCode));
        Assert.Equal(20, counters.GetProperty("GET /v1.0/users/{user}").GetInt64());
    }

    private static async Task<BatchRequestStep> Step(GraphServiceClient graph, string id, RequestInformation request, params string[] dependsOn)
    {
        var message = await graph.RequestAdapter.ConvertToNativeRequestAsync<HttpRequestMessage>(request);
        return new BatchRequestStep(id, message!, dependsOn.Length == 0 ? null : [.. dependsOn]);
    }

    /// <summary>A batch body the SDK would never build (it splits at 20 and keeps ids unique), sent through the SDK's adapter.</summary>
    private static string Payload(IEnumerable<(string Id, string Url)> requests) =>
        "{\"requests\":[" + string.Join(',', requests.Select(r => $"{{\"id\":\"{r.Id}\",\"method\":\"GET\",\"url\":\"{r.Url}\"}}")) + "]}";

    private static async Task SendRawAsync(GraphServiceClient graph, string json)
    {
        var request = new RequestInformation { HttpMethod = Method.POST, UrlTemplate = "{+baseurl}/$batch" };
        request.SetStreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)), "application/json");
        await graph.RequestAdapter.SendNoContentAsync(request, new Dictionary<string, ParsableFactory<IParsable>> { ["XXX"] = ODataError.CreateFromDiscriminatorValue });
    }
}
