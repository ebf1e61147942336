using GraphCallback.Core.Capture;
using GraphCallback.Graph.Capture;
using GraphCallback.Graph.Connection;
using GraphCallback.Storage.Connections;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Runs one inbox delta round for a connected user and captures every call it finds, so nothing
/// is lost when notifications are (dropped, late, or missed while a subscription was gone).
/// Replays are harmless: ingestion is idempotent on the message id.
/// </summary>
public sealed partial class InboxCatchUp(
    GraphClients graph,
    CallCapture capture,
    ConnectionStore connections,
    TimeProvider time,
    IOptions<CaptureOptions> options,
    ILogger<InboxCatchUp> logger)
{
    public async Task<int> RunAsync(Connection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var delta = new InboxDelta(graph.ForTenant(connection.User.TenantId));
        var since = time.GetUtcNow() - TimeSpan.FromDays(options.Value.BackfillDays);
        InboxDeltaRound round;
        if (connection.InboxDeltaLink is { } link)
        {
            try
            {
                round = await delta.ContinueAsync(connection.User.ObjectId, link, cancellationToken).ConfigureAwait(false);
            }
            catch (DeltaExpiredException)
            {
                // Graph forgot the sync state; start over, but only as far back as a back-fill goes.
                LogResync(logger, options.Value.BackfillDays);
                round = await delta.StartAsync(connection.User.ObjectId, since, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            round = await delta.StartAsync(connection.User.ObjectId, since, cancellationToken).ConfigureAwait(false);
        }

        var captured = 0;
        foreach (var item in round.Items)
        {
            var result = await capture.CaptureAsync(connection.User, settings => InboxItemReader.Read(item, settings.DefaultRegion), cancellationToken).ConfigureAwait(false);
            captured += result is { Outcome: not Core.Intake.IntakeOutcome.Duplicate } ? 1 : 0;
        }

        // The link is saved only after every item is in: a crash before this replays the round.
        await connections.SetInboxDeltaLinkAsync(connection.User, round.DeltaLink, cancellationToken).ConfigureAwait(false);
        return captured;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox delta token expired; resyncing the last {Days} days")]
    private static partial void LogResync(ILogger logger, int days);
}
