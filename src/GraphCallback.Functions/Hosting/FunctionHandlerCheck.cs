using GraphCallback.Functions.Hosting.Catalog;
using Microsoft.AspNetCore.Routing.Patterns;

namespace GraphCallback.Functions.Hosting;

/// <summary>
/// Fails start-up when a function.json names no handler, so a misspelt folder or a forgotten
/// registration stops the app at once instead of failing every invocation in Azure.
/// </summary>
public static class FunctionHandlerCheck
{
    /// <exception cref="InvalidOperationException">Lists every function without a handler.</exception>
    public static void Verify(FunctionCatalog catalog, IServiceProvider services, IEnumerable<Endpoint> endpoints)
    {
        using var scope = services.CreateScope();
        var timers = scope.ServiceProvider.GetServices<ITimerFunction>().Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var queues = scope.ServiceProvider.GetServices<IQueueFunction>().Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var routes = endpoints.OfType<RouteEndpoint>().ToList();

        var missing = catalog.Timers.Where(t => !timers.Contains(t.Name))
            .Select(t => $"{t.Name}: no {nameof(ITimerFunction)} with this Name is registered (AddTimerFunction<T>()).")
            .Concat(catalog.Queues.Where(q => !queues.Contains(q.Name))
                .Select(q => $"{q.Name}: no {nameof(IQueueFunction)} with this Name is registered (AddQueueFunction<T>()).")
            .Concat(catalog.HttpFunctions.Where(h => !routes.Any(e => Serves(e, h)))
                .Select(h => $"{h.Name}: no endpoint named '{h.Name}' (.WithName) serves " +
                    $"{(h.Methods.Count == 0 ? "every method" : string.Join('|', h.Methods))} on /{h.Route}.")))
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Functions without a handler:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
        }
    }

    private static bool Serves(RouteEndpoint endpoint, HttpFunctionDefinition function)
    {
        if (!string.Equals(endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, function.Name, StringComparison.OrdinalIgnoreCase)
            || !SameRoute(endpoint.RoutePattern, RoutePatternFactory.Parse(function.Route)))
        {
            return false;
        }

        var accepted = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        return accepted is null
            || (function.Methods.Count > 0 && function.Methods.All(m => accepted.Contains(m, StringComparer.OrdinalIgnoreCase)));
    }

    // The host and ASP.NET Core share the route template syntax, but an endpoint may add parameter
    // constraints the function.json leaves out; literals and parameter names must agree.
    private static bool SameRoute(RoutePattern endpoint, RoutePattern function) =>
        endpoint.PathSegments.Count == function.PathSegments.Count
        && endpoint.PathSegments.Zip(function.PathSegments).All(pair =>
            pair.First.Parts.Count == pair.Second.Parts.Count
            && pair.First.Parts.Zip(pair.Second.Parts).All(part => (part.First, part.Second) switch
            {
                (RoutePatternLiteralPart a, RoutePatternLiteralPart b) => string.Equals(a.Content, b.Content, StringComparison.OrdinalIgnoreCase),
                (RoutePatternParameterPart a, RoutePatternParameterPart b) => string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase),
                (RoutePatternSeparatorPart a, RoutePatternSeparatorPart b) => a.Content == b.Content,
                _ => false,
            }));
}
