using System.Text.Json.Serialization;

namespace GraphCallback.GraphEmulator.Platform.Faults;

/// <summary>The failures the emulator can inject.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    /// <summary>429 Too Many Requests with Retry-After.</summary>
    Throttle,

    /// <summary>503 Service Unavailable with Retry-After.</summary>
    Unavailable,

    /// <summary>The request is served, late.</summary>
    Latency,

    /// <summary>
    /// The request is carried out, then answered 503 as if the response was lost: the client
    /// cannot tell whether its write happened (a crash between Graph's write and ours).
    /// </summary>
    UnavailableAfterServing,

    /// <summary>
    /// 403 Forbidden, as Graph answers an app whose consent the tenant revoked or whose
    /// permission no longer covers the request; not retried by clients.
    /// </summary>
    Forbidden,

    /// <summary>
    /// The request waits, unserved, until <c>POST /_emulator/faults/release</c>: a write paused at
    /// Graph while the test acts (see <see cref="HeldRequests"/>).
    /// </summary>
    Hold,

    /// <summary>A change notification is silently not delivered.</summary>
    DropNotification,

    /// <summary>A change notification is delivered twice.</summary>
    DuplicateNotification,
}
