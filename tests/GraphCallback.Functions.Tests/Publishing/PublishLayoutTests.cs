using System.Diagnostics;
using System.Text.Json;
using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests.Publishing;

/// <summary><c>dotnet publish</c> produces the layout the Functions host loads. Slow, so one test.</summary>
public sealed class PublishLayoutTests : IDisposable
{
    // A guard against a hung build, not an expectation of how long publishing takes.
    private static readonly TimeSpan Safety = TimeSpan.FromMinutes(10);

    private readonly string _output = Path.Combine(Path.GetTempPath(), "graphcallback-publish-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Publish_puts_host_json_the_function_folders_and_the_executable_at_the_root()
    {
        var project = Path.Combine(RepositoryRoot.Path, "src", "GraphCallback.Functions");

        var (exitCode, log) = await PublishAsync(project, _output);

        Assert.True(exitCode == 0, log);
        using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, "host.json")));
        var host = hostJson.RootElement;
        Assert.Equal("2.0", host.GetProperty("version").GetString());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", host.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", host.GetProperty("extensionBundle").GetProperty("version").GetString());
        Assert.True(host.GetProperty("customHandler").GetProperty("enableForwardingHttpRequest").GetBoolean());

        var executable = host.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;
        Assert.Equal("GraphCallback.Functions", executable);
        Assert.True(File.Exists(Path.Combine(_output, executable)), $"{executable} is missing from {_output}");
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(Path.Combine(_output, executable)).HasFlag(UnixFileMode.UserExecute));
        }

        foreach (var folder in Directory.GetDirectories(Path.Combine(project, "functions")))
        {
            var name = Path.GetFileName(folder);
            Assert.True(File.Exists(Path.Combine(_output, name, "function.json")), $"{name}/function.json is missing from {_output}");
        }

        Assert.False(Directory.Exists(Path.Combine(_output, "functions")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Log)> PublishAsync(string project, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", project, "-c", "Release", "-o", output, "--nologo", "--disable-build-servers" })
        {
            start.ArgumentList.Add(arg);
        }

        // The test runner's MSBuild settings must not leak into the child build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var safety = new CancellationTokenSource(Safety);
        var stdout = process.StandardOutput.ReadToEndAsync(safety.Token);
        var stderr = process.StandardError.ReadToEndAsync(safety.Token);
        await process.WaitForExitAsync(safety.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
