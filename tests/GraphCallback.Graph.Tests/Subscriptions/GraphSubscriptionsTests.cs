using GraphCallback.Graph.Subscriptions;
using GraphCallback.Graph.Tests.Support;
using Microsoft.Graph.Models;

namespace GraphCallback.Graph.Tests.Subscriptions;

/// <summary>Creating a subscription Graph already holds for us (409) replaces it, wherever it is in Graph's paged list.</summary>
public sealed class GraphSubscriptionsTests(EmulatedGraph graph) : IClassFixture<EmulatedGraph>, IAsyncLifetime
{
    private const string Alex = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    private const string Lidia = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";
    private EchoingWebhook _webhook = null!;

    public async Task InitializeAsync() => _webhook = await EchoingWebhook.StartAsync();

    public async Task DisposeAsync() => await _webhook.DisposeAsync();

    [Fact]
    public async Task A_409_finds_our_orphan_on_a_later_page_of_the_list_and_replaces_it()
    {
        var request = SubscriptionRequest.Inbox(EmulatedGraph.Megan);
        string[] changeTypes = ["created", "updated", "deleted", "created,updated", "created,deleted", "updated,deleted", "created,updated,deleted"];
        foreach (var (user, changeType) in changeTypes.Select(c => (Alex, c)).Concat(changeTypes.Take(3).Select(c => (Lidia, c))))
        {
            await graph.Client.Subscriptions.PostAsync(Subscription($"users/{user}/mailFolders('inbox')/messages", changeType, "filler"));
        }

        var orphan = await graph.Client.Subscriptions.PostAsync(Subscription(request.Resource, request.ChangeTypes, "lost"));

        var created = await new GraphSubscriptions(graph.Client, graph.Clock).CreateAsync(request, new Uri(_webhook.Url + "/notifications"), new Uri(_webhook.Url + "/lifecycle"), "ours");

        var first = await graph.Client.Subscriptions.GetAsync();
        Assert.NotNull(first!.OdataNextLink);
        var all = first.Value!.Concat((await graph.Client.Subscriptions.WithUrl(first.OdataNextLink).GetAsync())!.Value!).ToList();
        Assert.Equal(11, all.Count);
        Assert.DoesNotContain(all, s => s.Id == orphan!.Id);
        Assert.Single(all, s => s.Id == created.Id);
    }

    private Subscription Subscription(string resource, string changeType, string clientState) => new()
    {
        Resource = resource,
        ChangeType = changeType,
        NotificationUrl = _webhook.Url + "/notifications",
        LifecycleNotificationUrl = _webhook.Url + "/lifecycle",
        ClientState = clientState,
        ExpirationDateTime = graph.Clock.GetUtcNow().AddDays(2),
    };
}
