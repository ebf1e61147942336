using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Intake;

namespace GraphCallback.Storage.FollowUps;

/// <summary>What an idempotent request did the first time: which follow-up, with which intake outcome for a create.</summary>
public sealed record RecordedRequest(string Fingerprint, FollowUpId FollowUpId, IntakeOutcome? Outcome)
{
    /// <summary>Whether <paramref name="request"/> asks the same as the request recorded under its key.</summary>
    public bool Matches(IdempotentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Fingerprint == request.Fingerprint;
    }
}
