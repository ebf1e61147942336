namespace GraphCallback.Storage.Tasks;

/// <summary>Where a follow-up's To Do task stands from our side.</summary>
public enum TaskLinkState
{
    /// <summary>A create was started and may have reached Graph: find the task by its externalId before creating another.</summary>
    Claimed,

    /// <summary>The task exists and its id is known.</summary>
    Linked,

    /// <summary>The user deleted the task in To Do; a follow-up that opens again gets a new one.</summary>
    Deleted,
}
