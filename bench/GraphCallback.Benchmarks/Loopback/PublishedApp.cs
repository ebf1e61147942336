using System.Diagnostics;
using System.Globalization;
using GraphCallback.Benchmarks.Measuring;
using GraphCallback.Functions.Hosting;
using GraphCallback.Testing;

namespace GraphCallback.Benchmarks.Loopback;

/// <summary>The published app as a process of its own, stand-alone (its own timers and queue listener) on a free loopback port.</summary>
internal sealed class PublishedApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly ChildProcess _process;

    private PublishedApp(ChildProcess process, Uri url, TimeSpan startTime)
    {
        _process = process;
        Url = url;
        StartTime = startTime;
    }

    public Uri Url { get; }

    public int ProcessId => _process.Id;

    /// <summary>From starting the process to /health answering 200.</summary>
    public TimeSpan StartTime { get; }

    /// <summary>A free loopback address for the next app.</summary>
    public static Uri NextUrl() => new($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");

    /// <param name="url">Where it listens (its settings' webhook base URL should say the same).</param>
    /// <param name="settings">App settings, passed as environment variables as the Functions host would.</param>
    /// <param name="asCustomHandler">
    /// Started the way the Functions host starts it (FUNCTIONS_CUSTOMHANDLER_PORT set): it serves
    /// HTTP only, and leaves timers and queues to the host; otherwise stand-alone.
    /// </param>
    public static async Task<PublishedApp> StartAsync(Uri url, IReadOnlyDictionary<string, string?> settings, bool asCustomHandler = false)
    {
        if (!File.Exists(BuildOutput.PublishedApp))
        {
            throw new FileNotFoundException("Publish the app first: dotnet publish src/GraphCallback.Functions -c Release", BuildOutput.PublishedApp);
        }

        var started = Stopwatch.GetTimestamp();
        var environment = AppSettings.AsEnvironment(settings);
        string[] arguments = ["--urls", url.ToString().TrimEnd('/')];
        if (asCustomHandler)
        {
            environment[HostingMode.CustomHandlerPortKey] = url.Port.ToString(CultureInfo.InvariantCulture);
            arguments = [];
        }

        var process = ChildProcess.Start(BuildOutput.PublishedApp, arguments, environment);
        try
        {
            var startTime = await Readiness.WaitForOkAsync(new Uri(url, "health"), started, StartTimeout, process).ConfigureAwait(false);
            return new PublishedApp(process, url, startTime);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ResidentMemory? Memory() => _process.Memory();

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
