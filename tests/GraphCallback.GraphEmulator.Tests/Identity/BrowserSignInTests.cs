using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphCallback.GraphEmulator.Identity;
using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GraphCallback.GraphEmulator.Tests.Identity;

/// <summary>The authorization code flow with PKCE that MSAL.js runs in the task pane, against the demo's app registration.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class BrowserSignInTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private const string RedirectUri = "http://127.0.0.1:51234/pane/redirect.html";
    private const string Origin = "http://127.0.0.1:51234";
    private const string ApiScope = "api://" + DemoUsers.AppClientId + "/access_as_user";
    private const string Verifier = "a-code-verifier-that-is-long-enough-for-rfc-7636-0123456789";

    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_code_for_the_hinted_user_redeems_into_an_api_token_an_id_token_and_a_refresh_token()
    {
        var redirect = await AuthorizeAsync(new() { ["login_hint"] = DemoUsers.MeganUpn, ["nonce"] = "n-1", ["response_mode"] = "fragment" });
        var answer = QueryHelpers.ParseQuery(redirect.Fragment.TrimStart('#'));
        Assert.Equal("st", answer["state"].ToString());
        Assert.Equal(RedirectUri, redirect.GetLeftPart(UriPartial.Path));

        var tokens = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = answer["code"].ToString(), ["code_verifier"] = Verifier, ["redirect_uri"] = RedirectUri, ["scope"] = $"{ApiScope} openid profile offline_access" });

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        var access = new JsonWebToken(tokens.Body.GetProperty("access_token").GetString());
        Assert.Equal(DemoUsers.AppClientId, access.GetClaim("aud").Value);
        Assert.Equal("access_as_user", access.GetClaim("scp").Value);
        Assert.Equal(DemoUsers.Megan, access.GetClaim("oid").Value);
        Assert.Equal($"{emulator.BaseUrl}/{DemoUsers.TenantId}/v2.0", access.Issuer);
        var id = new JsonWebToken(tokens.Body.GetProperty("id_token").GetString());
        Assert.Equal(DemoUsers.AppClientId, id.GetClaim("aud").Value);
        Assert.Equal("n-1", id.GetClaim("nonce").Value);
        Assert.Equal(DemoUsers.MeganUpn, id.GetClaim("preferred_username").Value);
        var clientInfo = JsonDocument.Parse(Base64UrlTextEncoder.Decode(tokens.Body.GetProperty("client_info").GetString()!)).RootElement;
        Assert.Equal(DemoUsers.Megan, clientInfo.GetProperty("uid").GetString());

        var refreshed = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.Body.GetProperty("refresh_token").GetString()!, ["scope"] = ApiScope });
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.Equal(DemoUsers.Megan, new JsonWebToken(refreshed.Body.GetProperty("access_token").GetString()).GetClaim("oid").Value);
    }

    [Fact]
    public async Task Through_organizations_the_sign_in_finds_the_users_own_tenant()
    {
        var redirect = await AuthorizeAsync(new() { ["login_hint"] = DemoUsers.MeganUpn }, "organizations");
        var code = QueryHelpers.ParseQuery(redirect.Query)["code"].ToString();

        var tokens = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["code_verifier"] = Verifier, ["redirect_uri"] = RedirectUri, ["scope"] = ApiScope }, tenant: "organizations");

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal($"{emulator.BaseUrl}/{DemoUsers.TenantId}/v2.0", new JsonWebToken(tokens.Body.GetProperty("access_token").GetString()).Issuer);
    }

    [Fact]
    public async Task A_code_is_spent_by_its_first_redemption()
    {
        var code = await CodeAsync();
        var form = new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code, ["code_verifier"] = Verifier, ["redirect_uri"] = RedirectUri, ["scope"] = ApiScope };

        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(form)).Status);
        var second = await TokenAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("invalid_grant", second.Body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_wrong_code_verifier_is_refused()
    {
        var code = await CodeAsync();

        var tokens = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["code_verifier"] = Verifier + "x", ["redirect_uri"] = RedirectUri, ["scope"] = ApiScope });

        Assert.Equal(HttpStatusCode.BadRequest, tokens.Status);
        Assert.Equal("invalid_grant", tokens.Body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_secretless_redemption_without_an_origin_is_refused()
    {
        var code = await CodeAsync();

        var tokens = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["code_verifier"] = Verifier, ["redirect_uri"] = RedirectUri, ["scope"] = ApiScope }, origin: null);

        Assert.Equal(HttpStatusCode.Unauthorized, tokens.Status);
        Assert.Equal("invalid_client", tokens.Body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_unregistered_redirect_uri_is_an_error_page_not_a_redirect()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await http.GetAsync(AuthorizeUrl(new() { ["login_hint"] = DemoUsers.MeganUpn }, "https://evil.example/pane/redirect.html"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("AADSTS50011", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_hint_a_picker_lists_the_tenants_users_as_sign_in_links()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var html = await http.GetStringAsync(AuthorizeUrl([], RedirectUri));

        Assert.Contains("Megan Bowen", html, StringComparison.Ordinal);
        Assert.Contains("login_hint=megan@contoso.example", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_endpoint_answers_a_cors_preflight_from_the_pane()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, $"{emulator.BaseUrl}/{DemoUsers.TenantId}/oauth2/v2.0/token");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await http.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private async Task<string> CodeAsync()
    {
        var redirect = await AuthorizeAsync(new() { ["login_hint"] = DemoUsers.MeganUpn });
        return QueryHelpers.ParseQuery(redirect.Query)["code"].ToString();
    }

    private async Task<Uri> AuthorizeAsync(Dictionary<string, string?> extra, string tenant = DemoUsers.TenantId)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await http.GetAsync(AuthorizeUrl(extra, RedirectUri, tenant));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    private string AuthorizeUrl(Dictionary<string, string?> extra, string redirectUri, string tenant = DemoUsers.TenantId)
    {
        var challenge = Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = DemoUsers.AppClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["scope"] = $"{ApiScope} openid profile offline_access",
            ["state"] = "st",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        };
        foreach (var (key, value) in extra)
        {
            parameters[key] = value;
        }

        return QueryHelpers.AddQueryString($"{emulator.BaseUrl}/{tenant}/oauth2/v2.0/authorize", parameters);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(Dictionary<string, string> form, string? origin = Origin, string tenant = DemoUsers.TenantId)
    {
        form["client_id"] = DemoUsers.AppClientId;
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.BaseUrl}/{tenant}/oauth2/v2.0/token") { Content = new FormUrlEncodedContent(form) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
