using GraphCallback.Benchmarks.Measuring;
using GraphCallback.Benchmarks.Workload;
using GraphCallback.Testing;

namespace GraphCallback.Benchmarks.Loopback;

/// <summary>What the app talks to, fresh for each stage: its own Azurite (in memory) and Graph emulator, seeded with a bench tenant.</summary>
internal sealed class Backends : IAsyncDisposable
{
    private AzuriteFixture _azurite;

    private Backends(AzuriteFixture azurite, EmulatorProcess emulator)
    {
        _azurite = azurite;
        Emulator = emulator;
    }

    public EmulatorProcess Emulator { get; }

    public string StorageConnectionString => _azurite.ConnectionString;

    /// <summary>The backends' processes and this one (the harness, and the app where it is hosted here), for a <see cref="CpuMeter"/>.</summary>
    public Dictionary<string, int> Processes(string thisProcess)
    {
        var processes = new Dictionary<string, int> { [thisProcess] = Environment.ProcessId, ["emulator"] = Emulator.ProcessId };
        if (_azurite.ProcessId is { } azurite)
        {
            processes["azurite"] = azurite;
        }

        return processes;
    }

    /// <param name="folder">Where the emulator writes its certificate.</param>
    /// <param name="tenant">The users the emulator starts with.</param>
    public static async Task<Backends> StartAsync(string folder, BenchTenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync().ConfigureAwait(false);
        EmulatorProcess? emulator = null;
        try
        {
            emulator = await EmulatorProcess.StartAsync(folder).ConfigureAwait(false);
            await emulator.LoadScenarioAsync(tenant.Scenario()).ConfigureAwait(false);
            return new Backends(azurite, emulator);
        }
        catch
        {
            if (emulator is not null)
            {
                await emulator.DisposeAsync().ConfigureAwait(false);
            }

            await azurite.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Replaces Azurite with a fresh, empty one (the emulator stays): Azurite slows down badly as a
    /// queue grows to thousands of messages, and clearing one takes longer still.
    /// </summary>
    public async Task RenewStorageAsync()
    {
        await _azurite.DisposeAsync().ConfigureAwait(false);
        _azurite = new AzuriteFixture();
        await _azurite.InitializeAsync().ConfigureAwait(false);
    }

    /// <summary>The settings for an app listening on <paramref name="appUrl"/> that uses these backends.</summary>
    public Dictionary<string, string?> AppSettings(Uri appUrl) => Loopback.AppSettings.For(StorageConnectionString, Emulator, appUrl);

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync().ConfigureAwait(false);
        await _azurite.DisposeAsync().ConfigureAwait(false);
    }
}
