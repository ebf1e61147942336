namespace GraphCallback.Core.Calls;

/// <summary>Identifies the Microsoft 365 item a call event was read from; ingestion is idempotent on it.</summary>
public sealed record CallEventKey
{
    public CallEventKey(CallSourceKind kind, string sourceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        Kind = kind;
        SourceId = sourceId;
    }

    public CallSourceKind Kind { get; }

    /// <summary>The Graph id of the message, call record or PSTN call, or a generated id for manual entries.</summary>
    public string SourceId { get; }

    public override string ToString() => $"{Kind}:{SourceId}";
}
