using System.Diagnostics;
using System.Net;

namespace GraphCallback.Benchmarks.Loopback;

/// <summary>Waits for a server on loopback to answer 200, polling tightly so start-up is timed to a few milliseconds.</summary>
internal static class Readiness
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    /// <returns>How long after <paramref name="since"/> (a <see cref="Stopwatch"/> timestamp) it first answered 200.</returns>
    /// <exception cref="TimeoutException">It did not answer 200 within <paramref name="timeout"/>, or <paramref name="process"/> exited.</exception>
    public static async Task<TimeSpan> WaitForOkAsync(Uri url, long since, TimeSpan timeout, ChildProcess? process = null)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (Stopwatch.GetElapsedTime(since) < timeout && process?.HasExited != true)
        {
            try
            {
                using var response = await client.GetAsync(url).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Stopwatch.GetElapsedTime(since);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(Poll).ConfigureAwait(false);
        }

        throw new TimeoutException($"{url} did not answer 200 within {timeout}.{Environment.NewLine}{process?.RecentOutput}");
    }
}
