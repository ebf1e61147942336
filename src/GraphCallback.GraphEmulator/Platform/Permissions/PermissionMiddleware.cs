using System.Net;
using GraphCallback.GraphEmulator.Platform.Counters;

namespace GraphCallback.GraphEmulator.Platform.Permissions;

/// <summary>
/// Graph serves nothing without a token: no token is 401, a token without one of the route's
/// permissions (learn.microsoft.com/graph/permissions-reference) is the workload's 403.
/// </summary>
public sealed class PermissionMiddleware(RequestDelegate next, TenantRegistry tenants)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!GraphRequest.IsGraphPath(context.Request.Path) || RouteTemplate.Of(context) is not { } template)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (!context.HasCaller())
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\"";
            await ODataErrors.WriteAsync(context, HttpStatusCode.Unauthorized, "InvalidAuthenticationToken", "Access token is empty.").ConfigureAwait(false);
            return;
        }

        var rule = PermissionTable.Find(context.Request.Method, template[GraphRequest.Prefix.Length..]);
        if (rule is null)
        {
            await ODataErrors.WriteAsync(context, HttpStatusCode.Forbidden, "Forbidden", $"The emulator knows no permissions for {context.Request.Method} {template}.").ConfigureAwait(false);
            return;
        }

        var caller = context.Caller();
        var target = context.GetRouteValue("user") is string user ? tenants.FindUser(caller.TenantId, user)?.Id : null;
        PermissionCheck.Demand(caller, rule, target);
        await next(context).ConfigureAwait(false);
    }
}
