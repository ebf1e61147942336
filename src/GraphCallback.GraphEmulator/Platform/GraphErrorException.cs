using System.Net;

namespace GraphCallback.GraphEmulator.Platform;

/// <summary>
/// Thrown by handlers to answer with Graph's OData error; the error middleware turns it into the
/// response, so handlers stay linear instead of threading IResults through every lookup.
/// </summary>
public sealed class GraphErrorException(HttpStatusCode status, string code, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    public string Code { get; } = code;

    public static GraphErrorException BadRequest(string message, string code = "BadRequest") => new(HttpStatusCode.BadRequest, code, message);

    public static GraphErrorException NotFound(string message, string code = "ErrorItemNotFound") => new(HttpStatusCode.NotFound, code, message);

    public static GraphErrorException Conflict(string message, string code = "Conflict") => new(HttpStatusCode.Conflict, code, message);
}
