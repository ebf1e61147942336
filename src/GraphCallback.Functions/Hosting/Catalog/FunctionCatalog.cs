namespace GraphCallback.Functions.Hosting.Catalog;

/// <summary>
/// The functions the app serves, read from the script root: one <c>{Name}/function.json</c> per
/// function next to <c>host.json</c>, the layout the Functions host loads. These files are the only
/// source of schedules and queue names, for the host and for stand-alone runs alike.
/// </summary>
public sealed class FunctionCatalog
{
    /// <summary>The Functions host's default for <c>extensions.queues.maxDequeueCount</c>.</summary>
    public const int DefaultMaxDequeueCount = 5;

    /// <summary>Configuration key of the script root; by default the app's own folder, where the host puts it.</summary>
    public const string ScriptRootKey = "Functions:ScriptRoot";

    public FunctionCatalog(IEnumerable<FunctionDefinition> functions, int maxDequeueCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDequeueCount, 1);
        Functions = [.. functions];
        MaxDequeueCount = maxDequeueCount;
    }

    public IReadOnlyList<FunctionDefinition> Functions { get; }

    /// <summary>Deliveries of a queue message before it goes to the poison queue (host.json, else the host's default).</summary>
    public int MaxDequeueCount { get; }

    public IEnumerable<TimerFunctionDefinition> Timers => Functions.OfType<TimerFunctionDefinition>();

    public IEnumerable<QueueFunctionDefinition> Queues => Functions.OfType<QueueFunctionDefinition>();

    public IEnumerable<HttpFunctionDefinition> HttpFunctions => Functions.OfType<HttpFunctionDefinition>();

    /// <summary>Reads every function folder under <paramref name="scriptRoot"/>; an invalid file fails the whole load.</summary>
    /// <exception cref="InvalidDataException">A function.json or host.json is not one this app can serve.</exception>
    public static FunctionCatalog Load(string scriptRoot)
    {
        if (!Directory.Exists(scriptRoot))
        {
            throw new DirectoryNotFoundException($"The functions' script root '{scriptRoot}' does not exist.");
        }

        var functions = Directory.EnumerateDirectories(scriptRoot)
            .Select(folder => Path.Combine(folder, "function.json"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .Select(FunctionJson.Read);

        var hostJson = Path.Combine(scriptRoot, "host.json");
        var maxDequeueCount = File.Exists(hostJson) ? HostJson.ReadMaxDequeueCount(hostJson) : DefaultMaxDequeueCount;
        return new FunctionCatalog(functions, maxDequeueCount);
    }
}
