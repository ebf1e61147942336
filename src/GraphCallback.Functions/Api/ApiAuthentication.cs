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

        // The documented defaults: a multi-tenant app in the public cloud. Identity.Web has none and
        // would fail every request, even the anonymous webhook's, when they are not configured.
        services.Configure<MicrosoftIdentityOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.Instance = string.IsNullOrEmpty(options.Instance) ? TenantIssuerValidator.PublicCloud : options.Instance;
            options.TenantId = string.IsNullOrEmpty(options.TenantId) ? "organizations" : options.TenantId;
        });

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

                // Each token version has its own audience rule; the registration decides which
                // version arrives, so both are judged, each by its own rule.
                var clientId = config[$"{Section}:ClientId"] ?? string.Empty;
                options.TokenValidationParameters.ValidateAudience = true;
                options.TokenValidationParameters.AudienceValidator =
                    new ApiAudienceValidator(clientId, config[$"{Section}:Audience"] ?? $"api://{clientId}").Validate;

                // A refused token gets a problem document that says why, not a bare 401.
                options.Events ??= new JwtBearerEvents();
                var challenge = options.Events.OnChallenge;
                options.Events.OnChallenge = async context =>
                {
                    await challenge(context).ConfigureAwait(false);
                    if (!context.Handled)
                    {
                        await AuthenticationProblem.WriteAsync(context).ConfigureAwait(false);
                    }
                };
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
