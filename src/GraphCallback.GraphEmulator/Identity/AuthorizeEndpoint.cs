using System.Net;
using System.Text;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.AspNetCore.WebUtilities;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// GET /{tenant}/oauth2/v2.0/authorize: the authorization code flow with PKCE that MSAL.js runs
/// in a browser. The user named by login_hint signs in and consents at once (a demo has no
/// passwords); without a hint a small page lists the tenant's users to pick from.
/// </summary>
public static class AuthorizeEndpoint
{
    public static IResult Handle(HttpContext context, string tenant, TenantRegistry tenants, ClientApps apps, SignInGrants grants)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query;
        var clientId = query["client_id"].ToString();
        var redirectUri = query["redirect_uri"].ToString();
        var app = apps.Find(clientId);

        // Until the redirect URI is known to be the app's, errors are shown, never sent there.
        if (clientId.Length == 0 || !RedirectUris.IsRegistered(app, redirectUri))
        {
            return Results.Text(
                $"AADSTS50011: The redirect URI '{redirectUri}' specified in the request does not match the redirect URIs configured for the application '{clientId}'.",
                "text/plain",
                statusCode: (int)HttpStatusCode.BadRequest);
        }

        var responseMode = query["response_mode"].ToString() is { Length: > 0 } mode ? mode : "query";
        var state = query["state"].ToString();
        if (query["response_type"].ToString() != "code")
        {
            return Redirect(redirectUri, responseMode, Error("unsupported_response_type", "AADSTS700054: Only response_type 'code' is supported.", state));
        }

        if (query["code_challenge_method"].ToString() != Pkce.Method || query["code_challenge"].ToString().Length == 0)
        {
            return Redirect(redirectUri, responseMode, Error("invalid_request", "AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.", state));
        }

        var hint = query["login_hint"].ToString();
        var user = hint.Length == 0 ? null : UserFor(tenants, tenant, hint);
        if (user is null)
        {
            return query["prompt"].ToString() == "none"
                ? Redirect(redirectUri, responseMode, Error("login_required", "AADSTS50058: A silent sign-in request was sent but no user is signed in.", state))
                : Results.Content(Picker(context, tenants, tenant), "text/html; charset=utf-8");
        }

        var scopes = query["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var code = grants.IssueCode(new CodeGrant(app.ClientId, redirectUri, user, scopes, query["code_challenge"].ToString(), query["nonce"].ToString()));
        return Redirect(redirectUri, responseMode, new Dictionary<string, string?>
        {
            ["code"] = code,
            ["client_info"] = UserTokenGrants.ClientInfo(user),
            ["state"] = state,
            ["session_state"] = user.Id,
        });
    }

    private static EmulatedUser? UserFor(TenantRegistry tenants, string tenant, string hint) =>
        tenants.FindTenant(tenant) is { } known ? tenants.FindUser(known.Id, hint) : tenants.FindUserAnywhere(hint);

    private static Dictionary<string, string?> Error(string error, string description, string state) =>
        new() { ["error"] = error, ["error_description"] = description, ["state"] = state };

    private static IResult Redirect(string redirectUri, string responseMode, Dictionary<string, string?> parameters)
    {
        var pairs = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}");
        return responseMode == "fragment"
            ? Results.Redirect($"{redirectUri}#{string.Join('&', pairs)}")
            : Results.Redirect(QueryHelpers.AddQueryString(redirectUri, parameters.Where(p => !string.IsNullOrEmpty(p.Value))));
    }

    // The account picker: each user is a link to this same request with their login_hint added.
    private static string Picker(HttpContext context, TenantRegistry tenants, string tenant)
    {
        var users = tenants.FindTenant(tenant) is { } known ? tenants.Users(known.Id) : tenants.Users(tenants.DefaultTenantId);
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>Sign in (Graph emulator)</title></head><body style=\"font-family:sans-serif;max-width:30rem;margin:2rem auto\">")
            .Append("<h1>Pick an account</h1><p>The Graph emulator signs you in as a demo user; there are no passwords.</p><ul>");
        foreach (var user in users)
        {
            var url = QueryHelpers.AddQueryString(context.Request.Path + context.Request.QueryString.ToString(), "login_hint", user.UserPrincipalName);
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">")
                .Append(WebUtility.HtmlEncode(user.DisplayName)).Append("</a> ").Append(WebUtility.HtmlEncode(user.UserPrincipalName)).Append("</li>");
        }

        return html.Append("</ul></body></html>").ToString();
    }
}
