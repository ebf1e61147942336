using System.Globalization;

namespace GraphCallback.Benchmarks.Measuring;

/// <summary>A process's resident memory now and at its peak, in MiB, as Linux reports it (VmRSS, VmHWM).</summary>
public sealed record ResidentMemory(double CurrentMiB, double PeakMiB)
{
    /// <returns>Null where /proc is not there (not Linux) or the process has gone.</returns>
    public static ResidentMemory? Of(int processId)
    {
        var status = $"/proc/{processId}/status";
        string[] lines;
        try
        {
            lines = File.ReadAllLines(status);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        double? Field(string name) => lines.Where(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            .Select(l => (double?)long.Parse(l[(name.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024)
            .FirstOrDefault();

        return Field("VmRSS") is { } current && Field("VmHWM") is { } peak ? new ResidentMemory(current, peak) : null;
    }
}
