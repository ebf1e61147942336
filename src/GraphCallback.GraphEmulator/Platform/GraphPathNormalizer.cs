using System.Net;
using System.Text;

namespace GraphCallback.GraphEmulator.Platform;

/// <summary>
/// Rewrites the OData URL forms the SDK and the docs use into one route shape before routing:
/// /me -> /users/{oid of the token}, mailFolders('inbox') -> mailFolders/inbox, delta() -> delta,
/// and function segments name(a=b,c=d) -> name with the parameters kept for the handler.
/// One rewrite here means every feature maps each route once.
/// </summary>
public sealed class GraphPathNormalizer(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path.Value;
        if (path is null || !GraphRequest.IsGraphPath(context.Request.Path))
        {
            return next(context);
        }

        context.SetOriginalPath(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 1 && segments[1].Equals("me", StringComparison.OrdinalIgnoreCase))
        {
            var caller = context.Caller();
            if (!caller.IsDelegated)
            {
                return ODataErrors.WriteAsync(context, HttpStatusCode.BadRequest, "BadRequest", "/me request is only valid with delegated authentication flow.");
            }

            segments[1] = "users";
            segments.Insert(2, caller.ObjectId!);
        }

        var rewritten = new StringBuilder();
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in segments)
        {
            foreach (var part in Split(segment, parameters))
            {
                rewritten.Append('/').Append(part);
            }
        }

        if (parameters.Count > 0)
        {
            context.SetFunctionParameters(parameters);
        }

        context.Request.Path = new PathString(rewritten.ToString());
        return next(context);
    }

    private static IEnumerable<string> Split(string segment, Dictionary<string, string> parameters)
    {
        var open = segment.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !segment.EndsWith(')'))
        {
            yield return segment;
            yield break;
        }

        var name = segment[..open];
        var inside = segment[(open + 1)..^1];
        yield return name;
        if (inside.Length == 0)
        {
            yield break;
        }

        if (!inside.Contains('=', StringComparison.Ordinal))
        {
            // A key segment: users('id') or mailFolders('Inbox').
            yield return Unquote(inside);
            yield break;
        }

        foreach (var pair in inside.Split(','))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parameters[pair[..equals].Trim()] = Unquote(pair[(equals + 1)..].Trim());
            }
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1].Replace("''", "'", StringComparison.Ordinal) : value;
}
