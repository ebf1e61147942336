using GraphCallback.Graph.Connection;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

namespace GraphCallback.Functions.Api;

/// <summary>
/// Bearer authentication for the task pane's API: Microsoft.Identity.Web validates tokens issued
/// for the backend's own audience, from any tenant, and the policy demands the delegated scope.
/// </summary>
public static class ApiAuthentication
{
    /// <summary>The delegated scope the task pane asks for when it gets a token for this API.</summary>
    public const string Scope = "access_as_user";

    /// <summary>The authorization policy every task pane endpoint requires.</summary>
    public const string Policy = "TaskPaneUser";

    public const string Section = "AzureAd";

    public static IServiceCollection AddApiAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(configuration, Section, JwtBearerDefaults.AuthenticationScheme);

        // A token without the scope is authenticated but not allowed: the policy answers 403, where
        // Identity.Web's own "no scp and no roles" check would answer 401.
        services.Configure<MicrosoftIdentityOptions>(JwtBearerDefaults.AuthenticationScheme, options => options.AllowWebApiToBeAuthorizedByACL = true);

        // The metadata and keys come over HTTPS from the configured authority, which may be a
        // private CA or the emulator: the same trust Graph calls use.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TrustedCertificate>((options, trust) =>
            {
                options.BackchannelHttpHandler = trust.CreateHandler();
            });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<IConfiguration, TimeProvider>((options, config, time) =>
            {
                options.MapInboundClaims = false;

                // Token lifetimes are judged by the app's one clock, like every other deadline.
                options.TokenValidationParameters.LifetimeValidator = TokenLifetime.On(time);
                options.TokenValidationParameters.ValidateIssuer = true;
                options.TokenValidationParameters.IssuerValidator = new TenantIssuerValidator(config[$"{Section}:Instance"] ?? TenantIssuerValidator.PublicCloud).Validate;

                // Identity.Web's audience validator accepts only the client id for v2.0 tokens; the
                // API's audience is its application id URI, and Entra issues v2.0 tokens with the
                // client id as audience, so both are accepted and nothing else.
                var clientId = config[$"{Section}:ClientId"];
                options.TokenValidationParameters.AudienceValidator = null;
                options.TokenValidationParameters.ValidateAudience = true;
                options.TokenValidationParameters.ValidAudiences = new[] { config[$"{Section}:Audience"] ?? $"api://{clientId}", clientId }
                    .Where(a => !string.IsNullOrEmpty(a)).ToArray();
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => HasScope(context.User)));
        return services;
    }

    private static bool HasScope(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindAll("scp").SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Contains(Scope, StringComparer.Ordinal);
}
