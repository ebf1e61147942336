namespace GraphCallback.Core.FollowUps;

/// <summary>Raised when a change is asked of a follow-up whose status does not allow it.</summary>
public sealed class InvalidFollowUpTransitionException : InvalidOperationException
{
    public InvalidFollowUpTransitionException()
    {
    }

    public InvalidFollowUpTransitionException(string message)
        : base(message)
    {
    }

    public InvalidFollowUpTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InvalidFollowUpTransitionException(FollowUpStatus status, string change)
        : base($"Cannot {change} a follow-up that is {status}.")
    {
        Status = status;
    }

    public FollowUpStatus? Status { get; }
}
