namespace GraphCallback.Core.Tasks;

/// <summary>Where a follow-up's task stands in To Do: not started, phone tag going on, or done.</summary>
public enum TaskProgress
{
    NotStarted,
    InProgress,
    Completed,
}
