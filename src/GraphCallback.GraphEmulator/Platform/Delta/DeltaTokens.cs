using System.Net;
using System.Text;
using System.Text.Json;
using GraphCallback.GraphEmulator.Platform.Paging;
using Microsoft.Extensions.Options;

namespace GraphCallback.GraphEmulator.Platform.Delta;

/// <summary>
/// Issues and reads delta tokens. A token is unknown (410 Gone, syncStateNotFound, as Graph answers)
/// when it is unreadable, from another set, older than the configured lifetime, or issued before
/// the control API expired all tokens.
/// </summary>
public sealed class DeltaTokens(TimeProvider clock, IOptions<EmulatorOptions> options)
{
    private long _epoch;

    /// <summary>Makes every token issued so far unknown, so clients must resync.</summary>
    public void ExpireAll() => Interlocked.Increment(ref _epoch);

    public string Issue(Guid set, long from, long to, int skip)
    {
        var token = new DeltaToken(set, Interlocked.Read(ref _epoch), from, to, skip, clock.GetUtcNow().ToUnixTimeSeconds());
        return Pager.Base64UrlEncode(JsonSerializer.Serialize(token));
    }

    public DeltaToken Read(string text, Guid set)
    {
        DeltaToken? token = null;
        try
        {
            token = JsonSerializer.Deserialize<DeltaToken>(Encoding.UTF8.GetString(Convert.FromBase64String(Pager.FromBase64Url(text))));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            token = null;
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(token?.IssuedUnixSeconds ?? 0);
        if (token is null || token.Set != set || token.Epoch != Interlocked.Read(ref _epoch) || age > options.Value.DeltaTokenLifetime)
        {
            throw new GraphErrorException(HttpStatusCode.Gone, "syncStateNotFound", "The sync state generation is not found or has expired. Resync without a token.");
        }

        return token;
    }
}
