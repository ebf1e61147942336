using System.Globalization;
using System.Runtime.InteropServices;

namespace GraphCallback.Benchmarks.Reporting;

/// <summary>What the figures were measured on, and how busy the machine was (others may share it).</summary>
internal sealed record MachineFacts(int Cores, string Os, string Runtime, string? LoadAverage)
{
    public static MachineFacts Now() => new(
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        LoadAverageNow());

    /// <summary>The 1, 5 and 15 minute load averages, where Linux reports them.</summary>
    public static string? LoadAverageNow()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
