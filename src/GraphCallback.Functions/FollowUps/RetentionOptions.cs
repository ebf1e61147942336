namespace GraphCallback.Functions.FollowUps;

/// <summary>How long closed follow-ups are kept: configuration section <c>Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Resolved and dismissed follow-ups are deleted this many days after their last change.</summary>
    public int ClosedFollowUpDays { get; set; } = 90;
}
