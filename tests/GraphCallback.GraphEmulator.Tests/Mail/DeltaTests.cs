using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta;

namespace GraphCallback.GraphEmulator.Tests.Mail;

[Collection(EmulatorCollection.Name)]
public sealed class DeltaTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Delta_pages_through_the_inbox_then_the_delta_link_returns_only_changes()
    {
        var graph = emulator.Graph();
        var (initial, deltaLink) = await SyncAsync(graph, graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(r => r.Headers.Add("Prefer", "odata.maxpagesize=4")));
        Assert.Equal(9, initial.Count);

        var added = await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/voicemails", new { callerNumber = "+44 20 7946 0126", durationSeconds = 5 });
        await graph.Users[DemoUsers.Megan].Messages[initial[0].Id].DeleteAsync();
        var (changes, nextDeltaLink) = await SyncAsync(graph, graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.Delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync());

        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, m => m.Id == added.GetProperty("id").GetString() && m.Subject is not null);
        var removed = Assert.Single(changes, m => m.Id == initial[0].Id);
        Assert.True(removed.AdditionalData.ContainsKey("@removed"));

        var (nothing, _) = await SyncAsync(graph, graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.Delta.WithUrl(nextDeltaLink).GetAsDeltaGetResponseAsync());
        Assert.Empty(nothing);
    }

    [Fact]
    public async Task Delta_through_me_works_with_a_delegated_token()
    {
        var token = await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, scopes = "Mail.Read" });
        var graph = emulator.Graph(token);

        var page = await graph.Me.MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(r => r.QueryParameters.Top = 50);

        Assert.Equal(9, page!.Value!.Count);
        Assert.Contains("/me/mailFolders/inbox/messages/delta", page.OdataDeltaLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_delta_token_is_410_Gone_with_syncStateNotFound()
    {
        var graph = emulator.Graph();
        var url = $"{emulator.GraphUrl}/users/{DemoUsers.Megan}/mailFolders/inbox/messages/delta?$deltatoken=not-a-token";

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.Delta.WithUrl(url).GetAsDeltaGetResponseAsync());

        Assert.Equal(410, error.ResponseStatusCode);
        Assert.Equal("syncStateNotFound", error.Error?.Code);
    }

    [Fact]
    public async Task Expiring_tokens_through_the_control_API_makes_an_issued_delta_link_410()
    {
        var graph = emulator.Graph();
        var (_, deltaLink) = await SyncAsync(graph, graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync());
        (await emulator.Control.PostAsync("delta/expire", null)).EnsureSuccessStatusCode();

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.Delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync());

        Assert.Equal(410, error.ResponseStatusCode);
    }

    private static async Task<(List<Message> Items, string DeltaLink)> SyncAsync(GraphServiceClient graph, Task<DeltaGetResponse?> first)
    {
        var items = new List<Message>();
        var page = await first;
        while (true)
        {
            items.AddRange(page!.Value!);
            if (page.OdataNextLink is null)
            {
                return (items, page.OdataDeltaLink!);
            }

            page = await new DeltaRequestBuilder(page.OdataNextLink, graph.RequestAdapter).GetAsDeltaGetResponseAsync();
        }
    }
}
