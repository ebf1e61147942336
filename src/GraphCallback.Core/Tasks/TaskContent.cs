namespace GraphCallback.Core.Tasks;

/// <summary>What a follow-up's To Do task should say; times are instants, shown in the user's zone by whoever writes them.</summary>
/// <param name="Title">"Call back Patti Fernandez (Fabrikam Hotels)".</param>
/// <param name="BodyHtml">The number as a tel: link, the calls, the transcript, the availability line and the attempts.</param>
/// <param name="DueAt">The SLA deadline.</param>
/// <param name="ReminderAt">When To Do reminds the user, a configured time before the deadline.</param>
/// <param name="Importance">From the follow-up's priority.</param>
/// <param name="Progress">From the follow-up's status.</param>
/// <param name="Fingerprint">
/// Identifies everything above except the availability line: a task is rewritten when this
/// changes, not merely because the user's free time moved on.
/// </param>
public sealed record TaskContent(
    string Title,
    string BodyHtml,
    DateTimeOffset DueAt,
    DateTimeOffset ReminderAt,
    TaskImportance Importance,
    TaskProgress Progress,
    string Fingerprint)
{
    /// <summary>What the task says once this is written: what a change in To Do is then judged against.</summary>
    public TaskSeen Seen => new(Progress == TaskProgress.Completed, DueAt);
}
