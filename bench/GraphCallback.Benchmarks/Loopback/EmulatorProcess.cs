using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphCallback.Testing;

namespace GraphCallback.Benchmarks.Loopback;

/// <summary>
/// The Graph emulator as its own process on free loopback ports (HTTP for Graph and its control
/// API, HTTPS for Entra ID), so its work never competes with the load generator's threads.
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly ChildProcess _process;

    private EmulatorProcess(ChildProcess process, Uri graph, Uri https, string certificatePath)
    {
        _process = process;
        GraphUrl = graph;
        HttpsUrl = https;
        CertificatePath = certificatePath;
        Control = new HttpClient { BaseAddress = new Uri(graph, "/_emulator/"), Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>The HTTP base address: Graph under /v1.0, the control API under /_emulator.</summary>
    public Uri GraphUrl { get; }

    /// <summary>The HTTPS base address: the Entra ID authority.</summary>
    public Uri HttpsUrl { get; }

    /// <summary>The emulator's generated certificate, which the app must trust.</summary>
    public string CertificatePath { get; }

    public HttpClient Control { get; }

    public int ProcessId => _process.Id;

    public static async Task<EmulatorProcess> StartAsync(string folder)
    {
        var http = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");
        var https = new Uri($"https://localhost:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");
        var certificate = Path.Combine(folder, "emulator.pem");
        var started = Stopwatch.GetTimestamp();
        var process = ChildProcess.Start(
            "dotnet",
            [
                BuildOutput.Emulator,
                "--urls", $"{http.ToString().TrimEnd('/')};{https.ToString().TrimEnd('/')}",
                "--Emulator:CertificatePath", certificate,
                "--Logging:LogLevel:Default", "Warning",
            ],
            new Dictionary<string, string>());
        var emulator = new EmulatorProcess(process, http, https, certificate);
        try
        {
            await Readiness.WaitForOkAsync(new Uri(http, "/_emulator/counters"), started, StartTimeout, process).ConfigureAwait(false);
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return emulator;
    }

    /// <summary>Replaces all emulator state with <paramref name="scenario"/>.</summary>
    public async Task LoadScenarioAsync(JsonObject scenario)
    {
        using var response = await Control.PostAsJsonAsync("scenario", scenario).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Graph requests served since the last reset, by "METHOD /route/template".</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountersAsync() =>
        await Control.GetFromJsonAsync<Dictionary<string, long>>("counters").ConfigureAwait(false) ?? [];

    public async Task ResetCountersAsync()
    {
        using var response = await Control.DeleteAsync("counters").ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Puts a voicemail into a user's inbox now; returns the message id. Its audio is kept to two
    /// seconds: the emulator stores and serves the attachment as base64 JSON, and a long one would
    /// spend the cores the app is measured on, which Exchange's servers spend in production.
    /// </summary>
    public async Task<string> DeliverVoicemailAsync(string userId, string callerNumber, string transcript)
    {
        using var response = await Control.PostAsJsonAsync(
            $"users/{userId}/voicemails",
            new { callerNumber, durationSeconds = 2, transcript }).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>().ConfigureAwait(false);
        return body?["id"]?.GetValue<string>() ?? throw new InvalidDataException("The emulator returned no message id.");
    }

    /// <summary>How many To Do tasks the user has, in all their lists.</summary>
    public async Task<int> TodoTaskCountAsync(string userId)
    {
        var todo = await Control.GetFromJsonAsync<JsonObject>($"users/{userId}/todo").ConfigureAwait(false);
        return todo?["value"]?.AsArray().Sum(list => list?["tasks"]?.AsArray().Count ?? 0) ?? 0;
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await _process.DisposeAsync().ConfigureAwait(false);
    }
}
