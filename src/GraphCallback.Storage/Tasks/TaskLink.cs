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
public sealed record TaskLink(
    FollowUpId FollowUpId,
    TaskLinkState State,
    string ListId,
    string? TaskId,
    DateTimeOffset ClaimedAt,
    string? Fingerprint,
    TaskSeen Known,
    ETag ETag = default);
