namespace GraphCallback.Reliability.Tests.Scenario;

/// <summary>What the user did to a follow-up, in the pane or in To Do.</summary>
internal enum EditKind
{
    /// <summary>Logged "reached" in the pane: resolved, its task ticked off.</summary>
    ResolvedInPane,

    /// <summary>Resolved in the pane, then reopened there: open again, its task not done.</summary>
    ReopenedInPane,

    /// <summary>Ticked the task off in To Do: the follow-up resolved.</summary>
    CompletedInTodo,

    /// <summary>Moved the task's due date in To Do: the follow-up due that day.</summary>
    DueMovedInTodo,
}

/// <summary>One user edit the end state must reflect; <paramref name="DueDay"/> only for a due move.</summary>
internal sealed record Edit(DemoUser User, string CallerNumber, string FollowUpId, EditKind Kind, DateOnly? DueDay = null)
{
    /// <summary>Whether the user closed the follow-up with this edit (a later reopen by the app would be a phantom).</summary>
    public bool Closes => Kind is EditKind.ResolvedInPane or EditKind.CompletedInTodo;
}
