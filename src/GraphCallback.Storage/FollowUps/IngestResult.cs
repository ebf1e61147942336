using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Intake;

namespace GraphCallback.Storage.FollowUps;

/// <summary>What an ingestion did, and to which follow-up.</summary>
public sealed record IngestResult(IntakeOutcome Outcome, FollowUpId FollowUpId);
