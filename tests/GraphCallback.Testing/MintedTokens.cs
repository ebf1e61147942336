using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Authentication;

namespace GraphCallback.Testing;

/// <summary>
/// Bearer tokens for a Graph client in tests, minted by the emulator's control API for every
/// request: each is signed and carries exactly the roles or scopes asked for, and is fresh on the
/// emulator's clock however far a test moved it.
/// </summary>
public sealed class MintedTokens(Uri controlBase, object mintRequest) : IAccessTokenProvider
{
    private static readonly HttpClient Http = new();

    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    /// <summary>An authentication provider for a GraphServiceClient that sends these tokens.</summary>
    public IAuthenticationProvider Provider() => new BaseBearerTokenAuthenticationProvider(this);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        using var response = await Http.PostAsJsonAsync(new Uri(controlBase, "tokens"), mintRequest, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        return body.GetProperty("access_token").GetString()!;
    }
}
