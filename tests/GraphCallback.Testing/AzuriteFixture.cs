using System.Diagnostics;
using Xunit;

namespace GraphCallback.Testing;

/// <summary>
/// A real Azurite (Table, Queue and Blob) started from the repository's node_modules, in memory,
/// on free ports, and stopped when the fixture is disposed. Share one per test collection.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string AccountName = "devstoreaccount1";

    // Azurite's well-known development key: public, and only ever valid against Azurite.
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private Process? _process;

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
        foreach (var arg in new[]
                 {
                     script, "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                     "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
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

        // Keep draining output so Azurite never blocks on a full pipe.
        _ = _process.StandardOutput.ReadToEndAsync();
        _ = _process.StandardError.ReadToEndAsync();
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
