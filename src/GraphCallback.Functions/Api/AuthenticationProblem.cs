using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.Functions.Api;

/// <summary>
/// The 401 answer to a missing or refused bearer token: RFC 6750's WWW-Authenticate and an RFC 7807
/// document whose detail says why, so a misregistered deployment is diagnosed from one response.
/// </summary>
public static class AuthenticationProblem
{
    public static async Task WriteAsync(JwtBearerChallengeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HandleResponse();
        var failure = context.AuthenticateFailure;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = Reason(failure),
            },
        }).ConfigureAwait(false);
    }

    // Our own validators' messages name the rule that failed; the library's carry ids and, with PII
    // logging off, placeholders, so those get a plain sentence instead.
    private static string Reason(Exception? failure) => failure switch
    {
        null => "A bearer token for this API is required.",
        SecurityTokenExpiredException => "The access token has expired.",
        SecurityTokenNotYetValidException => "The access token is not valid yet.",
        SecurityTokenInvalidIssuerException or SecurityTokenInvalidAudienceException => failure.Message,
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The access token's signature does not verify with the authority's keys.",
        _ => "The access token is not valid.",
    };
}
