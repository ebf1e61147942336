namespace GraphCallback.Core.Tasks;

/// <summary>How a follow-up's task is flagged in To Do, from the follow-up's priority.</summary>
public enum TaskImportance
{
    Low,
    Normal,
    High,
}
