using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Testing;

namespace GraphCallback.EndToEnd.Tests.Api;

/// <summary>E-mail offers and polite declines are drafted in the user's mailbox, never sent.</summary>
[CalendarDependent]
public sealed class EmailOfferApiTests : IAsyncLifetime
{
    private SystemUnderTest _system = null!;
    private string _megan = null!;

    public async Task InitializeAsync()
    {
        _system = await SystemUnderTest.StartAsync();
        await _system.ConnectAsync(Demo.MeganKey);
        _megan = await _system.MintAsync(Demo.Megan);
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task Offer_and_decline_drafts_go_to_the_callers_address_and_an_unknown_address_is_409()
    {
        var all = (await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: false)).ToList();
        var known = all.Where(f => f.Caller.Email is not null).ToList();
        Assert.True(known.Count >= 1, "the demo has callers among Megan's contacts");

        using (var offer = await _system.SendAsync(HttpMethod.Post, $"api/followups/{known[0].Id}/email-offer?kind=offer", _megan))
        {
            Assert.Equal(HttpStatusCode.Created, offer.StatusCode);
            Assert.False(string.IsNullOrEmpty((await offer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()));
        }

        using (var decline = await _system.SendAsync(HttpMethod.Post, $"api/followups/{known[0].Id}/email-offer?kind=decline", _megan))
        {
            Assert.Equal(HttpStatusCode.Created, decline.StatusCode);
        }

        // Both drafts were written on-behalf-of Megan: a draft in her mailbox is her act.
        Assert.Equal(2, (await _system.DelegatedRequestsAsync()).GetValueOrDefault("POST /v1.0/users/{user}/messages"));
        var drafts = (await _system.Control.GetFromJsonAsync<JsonElement>($"users/{Demo.Megan}/drafts")).GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal(known[0].Caller.Email, d.GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString()));
        var bodies = drafts.Select(d => d.GetProperty("body").GetProperty("content").GetString()!).ToList();
        Assert.Contains(bodies, b => b.Contains("You can reach me", StringComparison.Ordinal) || b.Contains("call you back", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("Thank you for calling", StringComparison.Ordinal));
        using (var sent = await _system.Control.GetAsync(new Uri($"users/{Demo.Megan}/sentMail", UriKind.Relative)))
        {
            Assert.Empty((await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").EnumerateArray());
        }

        using (var noAddress = await _system.SendAsync(HttpMethod.Post, $"api/followups/{all.First(f => f.Caller.Email is null).Id}/email-offer", _megan))
        {
            Assert.Equal(HttpStatusCode.Conflict, noAddress.StatusCode);
        }

        using var badKind = await _system.SendAsync(HttpMethod.Post, $"api/followups/{known[0].Id}/email-offer?kind=shout", _megan);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
    }
}
