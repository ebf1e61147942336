using System.Text.Json;
using GraphCallback.Storage.FollowUps;

namespace GraphCallback.Functions.FollowUps;

/// <summary>
/// The <c>Idempotency-Key</c> request header (IETF draft-ietf-httpapi-idempotency-key-header):
/// a client that may send a POST twice (a retry after a timeout, a double click) sends the same
/// unique key each time, and the change is made once. The same key with a different request is
/// refused with 422, as the draft recommends.
/// </summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";

    private const int MaxLength = 255;

    /// <summary>The request under the caller's key, null without the header, or a 400 refusal for a malformed key.</summary>
    public static (IdempotentRequest? Request, IResult? Refusal) Read(HttpRequest http, string operation, string target, object? body)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Headers.TryGetValue(Header, out var values) || values.Count == 0)
        {
            return (null, null);
        }

        var key = values.Count == 1 ? values[0] : null;
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxLength || key.Any(c => c is < '!' or > '~'))
        {
            return (null, Results.Problem(
                title: "Invalid Idempotency-Key",
                detail: $"Send one key of 1 to {MaxLength} visible ASCII characters, unique to the request (a UUID).",
                statusCode: StatusCodes.Status400BadRequest));
        }

        return (new IdempotentRequest(key, IdempotentRequest.FingerprintOf(operation, target, JsonSerializer.Serialize(body))), null);
    }

    /// <summary>The key was used before for something else: a client bug, not a retry.</summary>
    public static IResult Reused() => Results.Problem(
        title: "Idempotency-Key already used",
        detail: "This key was sent before with a different request; use a new key for a new request.",
        statusCode: StatusCodes.Status422UnprocessableEntity);
}
