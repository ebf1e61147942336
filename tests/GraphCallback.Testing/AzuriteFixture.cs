using System.Diagnostics;
using Xunit;

namespace GraphCallback.Testing;

/// <summary>
/// A real Azurite (Table, Queue and Blob) started from the repository's node_modules, in memory
/// (or in a data folder, to survive a restart), on free ports, and stopped when the fixture is
/// disposed. Share one per test collection.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string AccountName = "devstoreaccount1";

    // Azurite's well-known development key: public, and only ever valid against Azurite.
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string? _location;

    private Process? _process;

    private TaskCompletionSource _closed = new();

    /// <summary>An Azurite that keeps its data in memory: gone when it stops. (xUnit builds a fixture through its one public constructor.)</summary>
    public AzuriteFixture()
    {
    }

    private AzuriteFixture(string location) => _location = location;

    /// <summary>An Azurite that keeps its data in <paramref name="location"/>, so <see cref="RestartAsync"/> finds it again.</summary>
    public static AzuriteFixture InFolder(string location) => new(location);

    // Ports are chosen up front, so a test can point an app at this Azurite before it is started.
    public int TablePort { get; } = FreePort.Next();

    public int QueuePort { get; } = FreePort.Next();

    public int BlobPort { get; } = FreePort.Next();

    /// <summary>The node process serving Azurite, while it runs (benchmarks read its CPU time).</summary>
    public int? ProcessId => _process is { HasExited: false } process ? process.Id : null;

    /// <summary>A connection string in the shape the Azure SDKs and the app's configuration take.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    public async Task InitializeAsync()
    {
        await StartAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Stops Azurite the way an operator would (SIGTERM: it closes its services and writes its data
    /// folder), then starts it again on the same ports: clients see refused connections meanwhile.
    /// </summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (_location is null)
        {
            throw new InvalidOperationException("An in-memory Azurite would come back empty: give it a location.");
        }

        if (_process is { HasExited: false } process)
        {
            using (var terminate = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await terminate.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }

            await _closed.Task.WaitAsync(StartTimeout, cancellationToken).ConfigureAwait(false);

            // Closed services hold no data in flight; the process itself may linger on idle sockets.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            process.Dispose();
        }

        await StartAsync().ConfigureAwait(false);
    }

    private async Task StartAsync()
    {
        var script = Path.Combine(RepositoryRoot.Path, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed at {script}: run 'npm ci' (./test.sh does).");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] persistence = _location is null ? ["--inMemoryPersistence"] : ["--location", _location];
        foreach (var arg in new[]
                 {
                     script, "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                     "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var arg in persistence)
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");

        // Azurite prints one "successfully listening" line per service once its socket is bound.
        var listening = 0;
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (listening < 3)
        {
            var line = await _process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false)
                ?? throw new InvalidOperationException(
                    "Azurite exited early: " + await _process.StandardError.ReadToEndAsync().ConfigureAwait(false));
            if (line.Contains("successfully listening", StringComparison.OrdinalIgnoreCase))
            {
                listening++;
            }
        }

        // Keep draining output so Azurite never blocks on a full pipe, watching for its services closing.
        _closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = WatchForCloseAsync(_process.StandardOutput, _closed);
        _ = _process.StandardError.ReadToEndAsync();
    }

    // Azurite prints one "successfully closed" line per service once it has shut it down.
    private static async Task WatchForCloseAsync(StreamReader output, TaskCompletionSource closed)
    {
        var closedServices = 0;
        while (await output.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (line.Contains("successfully closed", StringComparison.OrdinalIgnoreCase) && ++closedServices == 3)
            {
                closed.TrySetResult();
            }
        }

        closed.TrySetResult();
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }
}
