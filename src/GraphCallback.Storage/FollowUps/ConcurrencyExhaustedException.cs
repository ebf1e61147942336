namespace GraphCallback.Storage.FollowUps;

/// <summary>
/// Raised when a write lost the optimistic-concurrency race more times than allowed; the caller
/// (a queue message) fails and is retried later rather than overwriting anyone's change.
/// </summary>
public sealed class ConcurrencyExhaustedException : Exception
{
    public ConcurrencyExhaustedException()
    {
    }

    public ConcurrencyExhaustedException(string message)
        : base(message)
    {
    }

    public ConcurrencyExhaustedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
