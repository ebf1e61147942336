using System.Diagnostics;
using GraphCallback.Testing;

namespace GraphCallback.EndToEnd.Tests.TaskPane;

/// <summary>
/// Runs the task pane's browser script (src/GraphCallback.TaskPane/e2e/pane.e2e.mjs) with Node:
/// headless Chromium driven by playwright-core against the system a test started.
/// </summary>
internal static class PaneBrowser
{
    /// <summary>The pane's build output, which the app under test serves.</summary>
    public static string Dist => Path.Combine(PaneFolder, "dist");

    /// <summary>
    /// Where the run's screenshots go (artifacts/ is git-ignored): one folder per suite instant, since
    /// test.sh runs the calendar's instants side by side and the pane looks different at each.
    /// </summary>
    public static string Screenshots => Path.Combine(
        RepositoryRoot.Path, "artifacts", "screenshots", "task-pane", SuiteClock.Instant.ToString("yyyyMMdd'T'HHmm'Z'", System.Globalization.CultureInfo.InvariantCulture));

    private static string PaneFolder => Path.Combine(RepositoryRoot.Path, "src", "GraphCallback.TaskPane");

    /// <returns>The exit code and everything the script printed, to show when it failed.</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment)
    {
        // Screenshots from an earlier run must not pass for this run's.
        if (Directory.Exists(Screenshots))
        {
            Directory.Delete(Screenshots, recursive: true);
        }

        var start = new ProcessStartInfo("node", [Path.Combine("e2e", "pane.e2e.mjs")])
        {
            WorkingDirectory = PaneFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();

        // A safety net against a hung browser, not a timing assertion: every step waits on page state.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await errors);
    }
}
