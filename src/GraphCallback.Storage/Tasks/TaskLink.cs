using Azure;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Tasks;

namespace GraphCallback.Storage.Tasks;

/// <summary>A follow-up's To Do task as we know it: where it is, what we last wrote, what it last said.</summary>
/// <param name="FollowUpId">The follow-up, also the task's linkedResource externalId.</param>
/// <param name="State">Claimed, linked or deleted.</param>
/// <param name="ListId">The To Do list the task is (or is being created) in.</param>
/// <param name="TaskId">The task's id once known.</param>
/// <param name="ClaimedAt">When the create was started.</param>
/// <param name="Fingerprint">The <see cref="TaskContent.Fingerprint"/> last written; null forces a write.</param>
/// <param name="Known">Completion and due as last written or seen: what a change in To Do is judged against.</param>
/// <param name="ETag">The row's ETag; a write must match it. Default for a link not stored yet.</param>
/// <remarks>
/// To Do's PATCH takes no If-Match, so a write from an old reading of the follow-up cannot be
/// refused by Graph: <see cref="Writing"/> records it before it is sent, so it is known as ours
/// when it comes back, and the writer checks the follow-up again once it landed.
/// </remarks>
public sealed record TaskLink(
    FollowUpId FollowUpId,
    TaskLinkState State,
    string ListId,
    string? TaskId,
    DateTimeOffset ClaimedAt,
    string? Fingerprint,
    TaskSeen Known,
    ETag ETag = default)
{
    /// <summary>What a write in flight is making the task say, until its writer records it as <see cref="Known"/>; null when none is.</summary>
    public TaskSeen? Writing { get; init; }
}
