using Microsoft.AspNetCore.Authorization;

namespace GraphCallback.Functions.Api;

/// <summary>
/// The task pane API described as OpenAPI at <c>/api/openapi.json</c>, generated from the mapped
/// endpoints so the document cannot drift from what the app serves.
/// </summary>
public static class ApiDocument
{
    public const string Path = "/api/openapi.json";

    /// <remarks>Webhooks and host invocations are Graph's and the host's business, not the task pane's: only endpoints under the API policy are described.</remarks>
    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options => options.ShouldInclude = description =>
            description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any(a => a.Policy == ApiAuthentication.Policy));

    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(Path).WithName("ApiOpenApi").AllowAnonymous();
        return endpoints;
    }
}
