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

    [Fact]
    public async Task A_v1_token_as_Entra_issues_it_to_a_registration_without_a_token_version_reads_and_acts_on_behalf_of_the_user()
    {
        // Entra's default registration gets v1.0 tokens: issuer sts.windows.net, aud the App ID URI, upn.
        var v1 = await _system.MintAsync(Demo.Megan, version: "V1");

        using var followUps = await _system.SendAsync(HttpMethod.Get, "api/followups", v1);
        using var availability = await _system.SendAsync(HttpMethod.Get, "api/availability?days=1", v1);

        Assert.Equal(HttpStatusCode.OK, followUps.StatusCode);
        Assert.Equal(HttpStatusCode.OK, availability.StatusCode);
    }

    [Fact]
    public async Task A_v2_token_naming_the_api_by_its_uri_is_refused_with_the_rule_it_broke()
    {
        // Entra never issues this: in v2.0 tokens aud is always the API's client id.
        var forged = await _system.MintAsync(Demo.Megan, version: "V2", audience: ApiTokens.Audience);
        var v1WithV2Issuer = await _system.MintAsync(Demo.Megan, version: "V1", defect: "WrongIssuer");

        var audience = await AssertRefusedAsync(forged, HttpStatusCode.Unauthorized);
        var issuer = await AssertRefusedAsync(v1WithV2Issuer, HttpStatusCode.Unauthorized);
        var missing = await AssertRefusedAsync(null, HttpStatusCode.Unauthorized);

        Assert.Contains("audience must be " + Demo.ClientId + ".", audience.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("version 1.0 token", issuer.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("A bearer token for this API is required.", missing.GetProperty("detail").GetString());
    }

    private async Task<JsonElement> AssertRefusedAsync(string? token, HttpStatusCode expected, string because = "")
    {
        using var response = await _system.SendAsync(HttpMethod.Get, "api/followups", token);
        Assert.True(expected == response.StatusCode, $"{because}: expected {expected}, got {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
