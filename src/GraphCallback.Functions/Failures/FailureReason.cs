using Azure;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.Functions.Failures;

/// <summary>
/// What a failure is called in a marker and a log line: the exception's type with Graph's or
/// Storage's status and error code. Never the message, which may quote an address or a number.
/// </summary>
public static class FailureReason
{
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            ODataError graph => $"{nameof(ODataError)} {graph.ResponseStatusCode} {graph.Error?.Code}".TrimEnd(),
            RequestFailedException storage => $"{nameof(RequestFailedException)} {storage.Status} {storage.ErrorCode}".TrimEnd(),
            _ => exception.GetType().Name,
        };
    }
}
