using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.EndToEnd.Tests.Support;

namespace GraphCallback.EndToEnd.Tests.Api;

/// <summary>
/// The API validates tokens the emulator really signed, with the production configuration: only
/// the authority's URL differs. Every broken token is refused with a problem document.
/// </summary>
public sealed class ApiAuthenticationTests : IAsyncLifetime
{
    private SystemUnderTest _system = null!;

    public async Task InitializeAsync() => _system = await SystemUnderTest.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task A_valid_token_reads_and_every_defective_token_is_refused()
    {
        var valid = await _system.MintAsync(Demo.Megan);
        using (var ok = await _system.SendAsync(HttpMethod.Get, "api/followups", valid))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        await AssertRefusedAsync(null, HttpStatusCode.Unauthorized);
        foreach (var defect in new[] { "Expired", "NotYetValid", "WrongAudience", "WrongIssuer", "WrongTenant", "Unsigned", "TamperedSignature" })
        {
            await AssertRefusedAsync(await _system.MintAsync(Demo.Megan, defect), HttpStatusCode.Unauthorized, defect);
        }

        await AssertRefusedAsync(await _system.MintAsync(Demo.Megan, "MissingScope"), HttpStatusCode.Forbidden);
        await AssertRefusedAsync(await _system.MintAsync(Demo.Megan, scopes: "Mail.Read"), HttpStatusCode.Forbidden);
        await AssertRefusedAsync(await _system.MintAsync(Demo.Megan, audience: "https://graph.microsoft.com"), HttpStatusCode.Unauthorized);
    }

    private async Task AssertRefusedAsync(string? token, HttpStatusCode expected, string because = "")
    {
        using var response = await _system.SendAsync(HttpMethod.Get, "api/followups", token);
        Assert.True(expected == response.StatusCode, $"{because}: expected {expected}, got {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
    }
}
