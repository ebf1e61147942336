namespace GraphCallback.GraphEmulator.Platform;

/// <summary>Per-request facts the platform middlewares establish for Graph routes.</summary>
public static class GraphRequest
{
    public const string Prefix = "/v1.0";

    private const string CallerKey = "emulator.caller";
    private const string OriginalPathKey = "emulator.originalPath";
    private const string FunctionParametersKey = "emulator.functionParameters";

    public static bool IsGraphPath(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static GraphCaller Caller(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[CallerKey] as GraphCaller
            ?? GraphCaller.Anonymous(context.RequestServices.GetRequiredService<TenantRegistry>().DefaultTenantId);
    }

    /// <summary>True when the request carried a valid bearer token.</summary>
    public static bool HasCaller(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[CallerKey] is GraphCaller;
    }

    internal static void SetCaller(this HttpContext context, GraphCaller caller) => context.Items[CallerKey] = caller;

    /// <summary>The path as the client sent it (before /me and key-segment normalisation); links are built from it.</summary>
    public static string OriginalPath(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[OriginalPathKey] as string ?? context.Request.Path.Value ?? "/";
    }

    internal static void SetOriginalPath(this HttpContext context, string path) => context.Items[OriginalPathKey] = path;

    /// <summary>Parameters of an OData function segment such as getPstnCalls(fromDateTime=...,toDateTime=...).</summary>
    public static IReadOnlyDictionary<string, string> FunctionParameters(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[FunctionParametersKey] as IReadOnlyDictionary<string, string> ?? new Dictionary<string, string>();
    }

    internal static void SetFunctionParameters(this HttpContext context, IReadOnlyDictionary<string, string> parameters) =>
        context.Items[FunctionParametersKey] = parameters;

    /// <summary>The scheme and host clients reach the emulator at (configurable for proxies and fixed issuers).</summary>
    public static string BaseUrl(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmulatorOptions>>().Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
            : configured.TrimEnd('/');
    }

    /// <summary>The absolute URL of this request as sent, the base for @odata.nextLink and @odata.deltaLink.</summary>
    public static string OriginalUrl(this HttpContext context) => context.BaseUrl() + context.OriginalPath();
}
