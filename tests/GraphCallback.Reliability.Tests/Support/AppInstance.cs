using System.Diagnostics;
using System.Globalization;
using GraphCallback.Testing;

namespace GraphCallback.Reliability.Tests.Support;

/// <summary>
/// One instance of the app as its own process (tests/GraphCallback.Reliability.Host: FunctionsApp
/// stand-alone, its own timers and queue listener), on the suite's clock, configured only by app
/// settings. It can be killed outright (SIGKILL) and started again on the same port.
/// </summary>
internal sealed class AppInstance : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Lock _logGate = new();
    private readonly TimeProvider _clock;
    private Process? _process;

    public AppInstance(string name, IReadOnlyDictionary<string, string?> settings, TimeProvider clock)
    {
        Name = name;
        _settings = settings;
        _clock = clock;
        Directory.CreateDirectory(Path.GetDirectoryName(LogPath)!);
        File.Delete(LogPath);
    }

    public string Name { get; }

    public Uri Url { get; } = new($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Everything the instance wrote (warnings and up), across restarts: artifacts/reliability/instance-{name}.log.</summary>
    public string LogPath => Path.Combine(RepositoryRoot.Path, "artifacts", "reliability", $"instance-{Name}.log");

    /// <summary>Where the test project's build put the host: the same configuration and framework folder, under the host's project.</summary>
    private static string HostAssembly
    {
        get
        {
            var tests = Path.Combine(RepositoryRoot.Path, "tests");
            var build = Path.GetRelativePath(Path.Combine(tests, "GraphCallback.Reliability.Tests"), AppContext.BaseDirectory);
            return Path.Combine(tests, "GraphCallback.Reliability.Host", build, "GraphCallback.Reliability.Host.dll");
        }
    }

    /// <summary>Starts the process and waits until /health/ready answers 200 (storage reachable, schema created).</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostAssembly);
        foreach (var argument in SharedClock.Arguments(_clock).Concat(["--urls", Url.ToString().TrimEnd('/')]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _settings.Where(s => s.Value is not null))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process?.Dispose();
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        await Until.TrueAsync(
            $"{Name} ready at {Url}",
            StartTimeout,
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while starting.");
                }

                using var response = await client.GetAsync("health/ready");
                return response.IsSuccessStatusCode;
            });
    }

    /// <summary>kill -9: no shutdown, messages it was handling stay hidden on their queues until their lease runs out.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Moves the instance's clock forward by as much as the suite moved its own: its timers falling due meanwhile fire.</summary>
    public async Task AdvanceClockAsync(HttpClient client, TimeSpan by)
    {
        ArgumentNullException.ThrowIfNull(client);
        var seconds = by.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        using var response = await client.PostAsync(new Uri(Url, $"{ClockRoute.Path}?seconds={seconds}"), content: null);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logGate)
        {
            File.AppendAllLines(LogPath, [line]);
        }
    }
}
