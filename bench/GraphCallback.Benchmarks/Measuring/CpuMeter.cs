namespace GraphCallback.Benchmarks.Measuring;

/// <summary>
/// CPU time the named processes used between a reading and now: on a two-core machine that is
/// what says who a piece of work kept busy (the app, Azurite, the emulator, the load generator).
/// </summary>
internal sealed class CpuMeter
{
    private readonly IReadOnlyDictionary<string, int> _processes;
    private Dictionary<string, TimeSpan> _start;

    /// <param name="processes">Process ids by the name to report them under.</param>
    public CpuMeter(IReadOnlyDictionary<string, int> processes)
    {
        _processes = processes;
        _start = Read();
    }

    /// <summary>Starts counting again from now.</summary>
    public void Restart() => _start = Read();

    /// <summary>CPU milliseconds each process used since the last (re)start, divided by <paramref name="units"/>.</summary>
    public IReadOnlyDictionary<string, double> MillisecondsPer(long units)
    {
        var now = Read();
        return now.ToDictionary(p => p.Key, p => (p.Value - _start.GetValueOrDefault(p.Key)).TotalMilliseconds / Math.Max(units, 1));
    }

    private Dictionary<string, TimeSpan> Read() => _processes.ToDictionary(p => p.Key, p => CpuTime(p.Value));

    private static TimeSpan CpuTime(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }
}
