using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Testing;

namespace GraphCallback.EndToEnd.Tests.Support;

/// <summary>App settings that switch timer functions off, the Functions host's way (AzureWebJobs.{name}.Disabled).</summary>
internal static class Timers
{
    /// <summary>
    /// Every timer of the app but <paramref name="kept"/> disabled: for a test that moves the clock
    /// and counts what its own actions caused, a catch-up or renewal falling due meanwhile is noise.
    /// </summary>
    public static Dictionary<string, string?> AllDisabledExcept(params string[] kept) =>
        FunctionCatalog.Load(Path.Combine(RepositoryRoot.Path, "src", "GraphCallback.Functions", "functions")).Timers
            .Where(timer => !kept.Contains(timer.Name))
            .ToDictionary(timer => $"AzureWebJobs.{timer.Name}.Disabled", _ => (string?)"true");
}
