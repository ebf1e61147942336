namespace GraphCallback.Reliability.Tests.Support;

/// <summary>Waits for a condition by polling it, with a generous deadline: never a fixed sleep before an assertion.</summary>
internal static class Until
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <exception cref="TimeoutException">The condition was still false at the deadline.</exception>
    public static async Task TrueAsync(string what, TimeSpan deadline, Func<Task<bool>> condition)
    {
        if (!await WithinAsync(deadline, condition))
        {
            throw new TimeoutException($"Not within {deadline}: {what}.");
        }
    }

    /// <returns>Whether the condition held before the deadline; a condition that throws counts as false (a fault under way).</returns>
    public static async Task<bool> WithinAsync(TimeSpan deadline, Func<Task<bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var timeout = new CancellationTokenSource(deadline);
        while (!timeout.IsCancellationRequested)
        {
            try
            {
                if (await condition())
                {
                    return true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Azure.RequestFailedException)
            {
                // Storage restarting or an instance down: ask again.
            }

            await Task.Delay(Poll, CancellationToken.None);
        }

        return false;
    }
}
