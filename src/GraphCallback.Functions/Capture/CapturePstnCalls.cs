using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.Capture;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Failures;
using GraphCallback.Functions.Hosting;
using GraphCallback.Graph.Capture;
using GraphCallback.Graph.Connection;
using GraphCallback.Storage.Connections;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Timer: reads each connected tenant's PSTN call log since its watermark and captures unanswered
/// inbound calls. Rows can appear in the log late, so every read overlaps the previous one by an
/// hour; ingestion is idempotent on the row id, so the overlap costs nothing twice. Each tenant is
/// an item of its own: one that fails keeps its watermark, is marked and backed off, and the
/// others are read.
/// </summary>
public sealed class CapturePstnCalls(
    GraphClients graph,
    ConnectionStore connections,
    Watermarks watermarks,
    CallCapture capture,
    FailingItems failures,
    TimeProvider time) : ITimerFunction
{
    private static readonly TimeSpan Overlap = TimeSpan.FromHours(1);
    private static readonly TimeSpan FirstLookBack = TimeSpan.FromDays(1);

    public string Name => "CapturePstnCalls";

    public async Task RunAsync(TimerTick tick, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tenants = (await connections.AllAsync(cancellationToken).ConfigureAwait(false)).GroupBy(c => c.User.TenantId, StringComparer.OrdinalIgnoreCase);
        await failures.RunEachAsync(Name, tenants.Select(tenant => new WorkItem(tenant.Key, ct => CaptureAsync(tenant, now, ct))), everyItem: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task CaptureAsync(IGrouping<string, Connection> tenant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = (await watermarks.GetAsync(tenant.Key, Watermarks.PstnCalls, cancellationToken).ConfigureAwait(false) ?? now - FirstLookBack) - Overlap;
        var rows = await new PstnCallLog(graph.ForTenant(tenant.Key)).ReadAsync(from, now, cancellationToken).ConfigureAwait(false);
        var connected = tenant.Select(c => c.User.ObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var missed in PstnMissedCallRule.Apply(rows, connected))
        {
            await capture.CaptureAsync(
                new UserKey(tenant.Key, missed.UserId!),
                settings => new CallEvent(
                    new CallEventKey(CallSourceKind.PstnCall, missed.Id),
                    new Caller(PhoneNumber.Parse(missed.CallerNumber, settings.DefaultRegion)),
                    missed.Start),
                cancellationToken).ConfigureAwait(false);
        }

        await watermarks.SetAsync(tenant.Key, Watermarks.PstnCalls, now, cancellationToken).ConfigureAwait(false);
    }
}
