namespace GraphCallback.Functions.Sync;

/// <summary>A sync that did part of its work: what it did stays done, and its message is retried for the rest.</summary>
public sealed class SyncIncompleteException : Exception
{
    public SyncIncompleteException()
    {
    }

    public SyncIncompleteException(string message)
        : base(message)
    {
    }

    public SyncIncompleteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
