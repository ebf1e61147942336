using System.Diagnostics;
using System.Net.Http.Headers;
using GraphCallback.Benchmarks.Measuring;

namespace GraphCallback.Benchmarks.Webhook;

/// <summary>
/// Posts bodies to one URL on an open-loop schedule: a dedicated thread sends each request at its
/// intended time (or at once if it is already late) without waiting for earlier answers, and each
/// latency runs from the intended time to the answer. The pacing thread sleeps rather than spins,
/// so sends may leave up to about a millisecond late; that lag is reported and counts in the latency.
/// </summary>
internal sealed class OpenLoopGenerator(HttpClient client, Uri target)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <param name="schedule">When to send.</param>
    /// <param name="bodies">Sent in turn, wrapping around.</param>
    /// <param name="expectedStatus">Any other answer, or none, is an error.</param>
    public async Task<LoadRun> RunAsync(OpenLoopSchedule schedule, IReadOnlyList<byte[]> bodies, int expectedStatus)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(bodies);
        var latencies = new double[schedule.Count];
        var lags = new double[schedule.Count];
        var statuses = new int[schedule.Count];
        var sends = new Task[schedule.Count];
        var start = Stopwatch.GetTimestamp();

        await Task.Factory.StartNew(
            () =>
            {
                for (var i = 0; i < schedule.Count; i++)
                {
                    var due = schedule.Timestamp(start, i);
                    SleepUntil(due);
                    lags[i] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
                    sends[i] = SendAsync(bodies[i % bodies.Count], due, latencies, statuses, i);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).ConfigureAwait(false);
        await Task.WhenAll(sends).ConfigureAwait(false);

        var sendingTime = Stopwatch.GetElapsedTime(start, schedule.Timestamp(start, schedule.Count - 1));
        return new LoadRun(
            schedule.PerSecond,
            schedule.Count,
            statuses.Count(s => s != expectedStatus),
            LatencySummary.Of(latencies),
            LatencySummary.Of(lags),
            sendingTime > TimeSpan.Zero ? (schedule.Count - 1) / sendingTime.TotalSeconds : 0);
    }

    private static void SleepUntil(long due)
    {
        while (Stopwatch.GetTimestamp() < due)
        {
            Thread.Sleep(1);
        }
    }

    private async Task SendAsync(byte[] body, long due, double[] latencies, int[] statuses, int index)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        try
        {
            using var response = await client.PostAsync(target, content).ConfigureAwait(false);
            statuses[index] = (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            statuses[index] = 0;
        }

        latencies[index] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
    }
}
