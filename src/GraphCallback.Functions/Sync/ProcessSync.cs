using System.Text.Json;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Hosting;

namespace GraphCallback.Functions.Sync;

/// <summary>
/// Queue function behind <c>sync</c>: runs every <see cref="IFollowUpSync"/> for the user in
/// registration order. A failure makes the whole message retry; each sync is idempotent, so the
/// ones that had already succeeded find nothing left to do.
/// </summary>
public sealed class ProcessSync(IEnumerable<IFollowUpSync> syncs) : IQueueFunction
{
    public const string FunctionName = "ProcessSync";

    public string Name => FunctionName;

    public async Task HandleAsync(QueueDelivery message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var work = JsonSerializer.Deserialize<SyncWork>(message.MessageText)
            ?? throw new InvalidDataException("An empty sync work item.");
        var user = UserKey.FromPartitionKey(work.Owner);
        var changed = work.FollowUpIds.Select(FollowUpId.Parse).ToList();
        using var activity = FunctionTelemetry.Source.StartActivity("SyncFollowUps");
        activity?.SetTag("graphcallback.user", user.PartitionKey);
        foreach (var sync in syncs)
        {
            await sync.SyncAsync(user, changed, cancellationToken).ConfigureAwait(false);
        }
    }
}
