using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.GraphEmulator.Tests.Identity;

[Collection(EmulatorCollection.Name)]
public sealed class TokenTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private const string ApiAudience = "api://" + DemoUsers.AppClientId;

    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_minted_user_token_validates_against_the_published_metadata_and_keys()
    {
        var token = await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, audience = ApiAudience, scopes = "access_as_user" });

        var result = await ValidateAsync(token);

        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal(DemoUsers.TenantId, jwt.GetClaim("tid").Value);
        Assert.Equal(DemoUsers.Megan, jwt.GetClaim("oid").Value);
        Assert.Equal(DemoUsers.Megan, jwt.Subject);
        Assert.Equal("access_as_user", jwt.GetClaim("scp").Value);
        Assert.Equal("2.0", jwt.GetClaim("ver").Value);
        Assert.Equal(DemoUsers.MeganUpn, jwt.GetClaim("preferred_username").Value);
        Assert.Equal("Megan Bowen", jwt.GetClaim("name").Value);
        Assert.False(string.IsNullOrEmpty(jwt.GetClaim("azp").Value));

        // The demo registration asks for v2.0 tokens, and those name the API by its client id.
        Assert.Equal([DemoUsers.AppClientId], jwt.Audiences);
        Assert.Equal($"{emulator.BaseUrl}/{DemoUsers.TenantId}/v2.0", jwt.Issuer);
        Assert.Equal("RS256", jwt.Alg);
        Assert.False(string.IsNullOrEmpty(jwt.Kid));
    }

    [Fact]
    public async Task An_api_registered_without_a_token_version_gets_v1_tokens_named_by_the_uri_it_was_asked_for()
    {
        const string otherApi = "api://2b7c1e4d-9a3f-4c5e-8d1b-6f0a2e3c4b5d";

        var jwt = new JsonWebToken(await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, audience = otherApi, scopes = "access_as_user" }));

        Assert.Equal("1.0", jwt.GetClaim("ver").Value);
        Assert.Equal($"https://sts.windows.net/{DemoUsers.TenantId}/", jwt.Issuer);
        Assert.Equal([otherApi], jwt.Audiences);
        Assert.Equal(DemoUsers.MeganUpn, jwt.GetClaim("upn").Value);
        Assert.False(string.IsNullOrEmpty(jwt.GetClaim("appid").Value));
        Assert.False(jwt.TryGetClaim("azp", out _));
        Assert.False(jwt.TryGetClaim("preferred_username", out _));
    }

    [Fact]
    public async Task On_behalf_of_takes_a_v1_assertion_for_an_api_registered_without_a_token_version()
    {
        const string otherClient = "2b7c1e4d-9a3f-4c5e-8d1b-6f0a2e3c4b5d";
        var assertion = await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, audience = "api://contoso.example/" + otherClient, scopes = "access_as_user", clientId = otherClient });

        var response = await TokenRequestAsync(new()
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["client_id"] = otherClient,
            ["client_secret"] = "any",
            ["assertion"] = assertion,
            ["scope"] = "https://graph.microsoft.com/User.Read",
            ["requested_token_use"] = "on_behalf_of",
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var me = await emulator.Graph(response.Body.GetProperty("access_token").GetString()!).Me.GetAsync();
        Assert.Equal("Megan Bowen", me!.DisplayName);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("notYetValid")]
    [InlineData("wrongAudience")]
    [InlineData("wrongIssuer")]
    [InlineData("unsigned")]
    [InlineData("tamperedSignature")]
    public async Task A_token_with_a_defect_fails_validation(string defect)
    {
        var token = await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, audience = ApiAudience, scopes = "access_as_user", defect });

        var result = await ValidateAsync(token);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task A_token_minted_without_scope_has_no_scp_claim()
    {
        var token = await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, audience = ApiAudience, scopes = "access_as_user", defect = "missingScope" });

        var result = await ValidateAsync(token);

        Assert.True(result.IsValid);
        Assert.False(((JsonWebToken)result.SecurityToken).TryGetClaim("scp", out _));
    }

    [Fact]
    public async Task Graph_rejects_a_tampered_token_with_401()
    {
        var token = await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, scopes = "User.Read", defect = "tamperedSignature" });

        var error = await Assert.ThrowsAsync<ODataError>(() => emulator.Graph(token).Me.GetAsync());

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.Equal("InvalidAuthenticationToken", error.Error?.Code);
    }

    [Fact]
    public async Task Client_credentials_give_an_app_token_with_roles_that_Graph_accepts()
    {
        var response = await TokenRequestAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoUsers.AppClientId,
            ["client_secret"] = DemoUsers.AppSecret,
            ["scope"] = "https://graph.microsoft.com/.default",
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var token = new JsonWebToken(response.Body.GetProperty("access_token").GetString());
        Assert.Equal("https://graph.microsoft.com", token.GetClaim("aud").Value);

        // Graph's own registration takes v1.0 tokens, so every Graph token is one.
        Assert.Equal("1.0", token.GetClaim("ver").Value);
        Assert.Equal($"https://sts.windows.net/{DemoUsers.TenantId}/", token.Issuer);
        Assert.Equal(DemoUsers.AppClientId, token.GetClaim("appid").Value);
        Assert.Contains(token.Claims, c => c.Type == "roles" && c.Value == "CallRecords.Read.All");
        var users = await emulator.Graph(token.EncodedToken).Users.GetAsync();
        Assert.Equal(3, users!.Value!.Count);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_401_invalid_client()
    {
        var response = await TokenRequestAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoUsers.AppClientId,
            ["client_secret"] = "wrong",
            ["scope"] = "https://graph.microsoft.com/.default",
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("invalid_client", response.Body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task On_behalf_of_exchanges_a_user_token_for_the_api_into_a_Graph_token_for_me()
    {
        var userToken = await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, audience = ApiAudience, scopes = "access_as_user", clientId = DemoUsers.AppClientId });

        var response = await TokenRequestAsync(new()
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["client_id"] = DemoUsers.AppClientId,
            ["client_secret"] = DemoUsers.AppSecret,
            ["assertion"] = userToken,
            ["scope"] = "https://graph.microsoft.com/Mail.Read https://graph.microsoft.com/User.Read",
            ["requested_token_use"] = "on_behalf_of",
            ["client_info"] = "1",
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var clientInfo = JsonDocument.Parse(Base64UrlEncoder.Decode(response.Body.GetProperty("client_info").GetString())).RootElement;
        Assert.Equal(DemoUsers.Megan, clientInfo.GetProperty("uid").GetString());
        var graphToken = new JsonWebToken(response.Body.GetProperty("access_token").GetString());
        Assert.Equal("Mail.Read User.Read", graphToken.GetClaim("scp").Value);
        Assert.Equal(DemoUsers.Megan, graphToken.GetClaim("oid").Value);
        var me = await emulator.Graph(graphToken.EncodedToken).Me.GetAsync();
        Assert.Equal("Megan Bowen", me!.DisplayName);
    }

    [Fact]
    public async Task Requests_with_a_user_token_are_counted_apart_from_the_apps_own()
    {
        var userToken = await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, scopes = "User.Read" });
        var appToken = await emulator.MintTokenAsync(new { clientId = DemoUsers.AppClientId });

        await emulator.Graph(userToken).Users[DemoUsers.Megan].GetAsync();
        await emulator.Graph(appToken).Users[DemoUsers.Megan].GetAsync();
        await emulator.Graph(appToken).Users[DemoUsers.Megan].GetAsync();

        var all = await emulator.ControlGetAsync("counters");
        var delegated = await emulator.ControlGetAsync("counters/delegated");
        Assert.Equal(3, all.GetProperty("GET /v1.0/users/{user}").GetInt32());
        Assert.Equal(1, delegated.GetProperty("GET /v1.0/users/{user}").GetInt32());
    }

    [Fact]
    public async Task On_behalf_of_refuses_a_token_issued_for_another_audience()
    {
        var graphToken = await emulator.MintTokenAsync(new { user = DemoUsers.MeganUpn, scopes = "User.Read" });

        var response = await TokenRequestAsync(new()
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["client_id"] = DemoUsers.AppClientId,
            ["client_secret"] = DemoUsers.AppSecret,
            ["assertion"] = graphToken,
            ["scope"] = "https://graph.microsoft.com/.default",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("invalid_grant", response.Body.GetProperty("error").GetString());
    }

    private async Task<TokenValidationResult> ValidateAsync(string token)
    {
        var metadata = $"{emulator.BaseUrl}/{DemoUsers.TenantId}/v2.0/.well-known/openid-configuration";
        var manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadata, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false });
        var configuration = await manager.GetConfigurationAsync(CancellationToken.None);
        Assert.Equal($"{emulator.BaseUrl}/{DemoUsers.TenantId}/v2.0", configuration.Issuer);
        Assert.NotEmpty(configuration.SigningKeys);
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = DemoUsers.AppClientId,
            IssuerSigningKeys = configuration.SigningKeys,

            // Lifetimes are judged on the emulator's clock (the suite's), not the machine's.
            LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = emulator.Clock.GetUtcNow().UtcDateTime;
                return expires >= now - parameters.ClockSkew && (notBefore is not { } nbf || nbf <= now + parameters.ClockSkew);
            },
        });
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> TokenRequestAsync(Dictionary<string, string> form)
    {
        using var http = new HttpClient();
        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(new Uri($"{emulator.BaseUrl}/{DemoUsers.TenantId}/oauth2/v2.0/token"), content);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
