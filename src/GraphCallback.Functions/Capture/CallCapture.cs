using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Settings;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Sync;
using GraphCallback.Storage.FollowUps;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Takes one call event in for one user: resolves the caller (contacts, directory), applies the
/// user's priorities, SLA (in their own time zone) and blocked numbers, ingests it atomically,
/// then asks for the user's tasks and call-back block to be brought in line.
/// </summary>
public sealed partial class CallCapture(UserContexts contexts, FollowUpStore followUps, SyncRequests sync, ILogger<CallCapture> logger)
{
    /// <param name="user">Whose call it is.</param>
    /// <param name="read">Turns the source item into a call event under the user's settings (their phone region); null when it is no call.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What ingestion did, or null when the item was no call.</returns>
    public async Task<IngestResult?> CaptureAsync(UserKey user, Func<UserSettings, CallEvent?> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var activity = FunctionTelemetry.Source.StartActivity("CaptureCall");
        activity?.SetTag("graphcallback.user", user.PartitionKey);
        var context = await contexts.GetAsync(user, cancellationToken).ConfigureAwait(false);
        if (read(context.Settings) is not { } call)
        {
            return null;
        }

        var resolved = new CallEvent(
            call.Key,
            CallerResolver.Resolve(call.Caller, context.PhoneBook, context.Settings),
            call.ReceivedAt,
            call.Duration,
            call.TranscriptExcerpt,
            call.Link,
            call.HasAudio);
        var result = await followUps.IngestAsync(user, resolved, context.Policy, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("graphcallback.outcome", result.Outcome.ToString());
        activity?.SetTag("graphcallback.followup", result.FollowUpId.ToString());
        LogCaptured(logger, call.Key.Kind, result.Outcome, result.FollowUpId.ToString());

        // Also for a duplicate: it may be the redelivery after a crash that came before this line.
        await sync.RequestAsync(user, [result.FollowUpId], cancellationToken).ConfigureAwait(false);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Captured a {Kind}: {Outcome} follow-up {FollowUpId}")]
    private static partial void LogCaptured(ILogger logger, CallSourceKind kind, Core.Intake.IntakeOutcome outcome, string followUpId);
}
