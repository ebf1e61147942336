namespace GraphCallback.Core.FollowUps;

/// <summary>What an attempt's outcome does to the follow-up.</summary>
public enum OutcomeEffect
{
    /// <summary>The caller still waits: phone tag goes on.</summary>
    KeepsOpen,

    /// <summary>The caller got an answer.</summary>
    Resolves,

    /// <summary>Nothing was owed after all.</summary>
    Dismisses,
}
