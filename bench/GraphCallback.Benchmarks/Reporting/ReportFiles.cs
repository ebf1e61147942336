using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphCallback.Benchmarks.Reporting;

/// <summary>Writes a run as Markdown and JSON into the results folder: stamped with its start time, and as latest.md / latest.json.</summary>
internal static class ReportFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <returns>The Markdown written.</returns>
    public static string Write(BenchReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(folder);
        var markdown = MarkdownReport.Render(report);
        var json = JsonSerializer.Serialize(report, Json);
        var stamp = report.StartedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        foreach (var name in new[] { stamp, "latest" })
        {
            File.WriteAllText(Path.Combine(folder, name + ".md"), markdown);
            File.WriteAllText(Path.Combine(folder, name + ".json"), json);
        }

        return markdown;
    }
}
