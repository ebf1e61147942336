using System.Net;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// On Graph routes a bearer token is optional (anonymous calls act in the default tenant), but a
/// token that is present must be one the emulator issued for Graph, or the call gets Graph's 401.
/// </summary>
public sealed class GraphAuthenticationMiddleware(RequestDelegate next, TokenValidator validator)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        if (!GraphRequest.IsGraphPath(context.Request.Path) || header.Length == 0)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await Reject(context, "Access token is empty.").ConfigureAwait(false);
            return;
        }

        var (token, error) = await validator.ValidateAsync(header["Bearer ".Length..].Trim(), context.BaseUrl(), TokenValidator.GraphAudiences.Contains).ConfigureAwait(false);
        if (token is null)
        {
            await Reject(context, "Access token validation failure. " + error).ConfigureAwait(false);
            return;
        }

        context.SetCaller(ToCaller(token));
        await next(context).ConfigureAwait(false);
    }

    private static GraphCaller ToCaller(JsonWebToken token)
    {
        var scopes = token.TryGetPayloadValue<string>("scp", out var scp) ? scp.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        var roles = token.TryGetPayloadValue<string[]>("roles", out var r) ? r : [];
        var delegated = scopes.Length > 0;
        return new GraphCaller(
            token.GetPayloadValue<string>("tid"),
            delegated ? token.GetPayloadValue<string>("oid") : null,
            token.TryGetPayloadValue<string>("azp", out var client) || token.TryGetPayloadValue("appid", out client) ? client : null,
            scopes.ToHashSet(StringComparer.OrdinalIgnoreCase),
            roles.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    private static Task Reject(HttpContext context, string message)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\"";
        return ODataErrors.WriteAsync(context, HttpStatusCode.Unauthorized, "InvalidAuthenticationToken", message);
    }
}
