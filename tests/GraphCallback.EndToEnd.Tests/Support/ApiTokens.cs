using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Graph.Connection;

namespace GraphCallback.EndToEnd.Tests.Support;

/// <summary>
/// Access tokens for the app's own API, minted and signed by the emulator on its HTTPS address so
/// their issuer is the authority the app is configured with.
/// </summary>
internal static class ApiTokens
{
    public static string Audience => "api://" + Demo.ClientId;

    /// <param name="version">"V1" or "V2" to mint that format with the audience as given; by default the demo registration decides (v2.0).</param>
    public static async Task<string> MintAsync(this SystemUnderTest system, string user, string defect = "None", string scopes = "access_as_user", string? audience = null, string? version = null)
    {
        using var handler = new TrustedCertificate(system.AppSettings[TrustedCertificate.ConfigurationKey]).CreateHandler();
        using var https = new HttpClient(handler) { BaseAddress = new Uri(system.EmulatorHttps, "_emulator/") };
        using var response = await https.PostAsJsonAsync("tokens", new { user, clientId = Demo.ClientId, audience = audience ?? Audience, scopes, defect, version });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>A request to the app carrying <paramref name="token"/> as its bearer token.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    public static async Task<HttpResponseMessage> SendAsync(this SystemUnderTest system, HttpMethod method, string path, string? token, object? body = null, string? ifMatch = null)
    {
        using var request = Request(method, path, token, body);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await system.Client.SendAsync(request);
    }
}
