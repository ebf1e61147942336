using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;

namespace GraphCallback.Benchmarks.Pipeline;

/// <summary>
/// What the same Azurite does for a plain Azure.Data.Tables loop, one request at a time: single
/// entity upserts, and entity-group transactions of three entities (the shape of one ingestion).
/// The pipeline's Table request rate is reported against these.
/// </summary>
internal sealed record RawTableRate(double UpsertsPerSecond, double TransactionsPerSecond)
{
    private const int EntitiesPerTransaction = 3;

    public static async Task<RawTableRate> MeasureAsync(string connectionString, TimeSpan each)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("rawrate" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync().ConfigureAwait(false);

        // Warm: the first requests pay for connections and JIT compilation, not for Azurite.
        for (var i = 0; i < 20; i++)
        {
            await table.UpsertEntityAsync(Entity("warm", i)).ConfigureAwait(false);
        }

        var upserts = await LoopAsync(each, i => table.UpsertEntityAsync(Entity("upserts", i))).ConfigureAwait(false);
        var transactions = await LoopAsync(each, i => table.SubmitTransactionAsync(
            Enumerable.Range(0, EntitiesPerTransaction).Select(n => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity("batch" + i.ToString(CultureInfo.InvariantCulture), n))))).ConfigureAwait(false);

        await table.DeleteAsync().ConfigureAwait(false);
        return new RawTableRate(upserts, transactions);
    }

    private static async Task<double> LoopAsync(TimeSpan duration, Func<int, Task> request)
    {
        var start = Stopwatch.GetTimestamp();
        var count = 0;
        while (Stopwatch.GetElapsedTime(start) < duration)
        {
            await request(count).ConfigureAwait(false);
            count++;
        }

        return count / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static TableEntity Entity(string partition, int row) => new(partition, row.ToString("D8", CultureInfo.InvariantCulture))
    {
        ["FollowUpId"] = Guid.NewGuid().ToString(),
        ["Payload"] = new string('x', 512),
    };
}
