using System.Reflection;
using GraphCallback.Testing;

namespace GraphCallback.Benchmarks.Loopback;

/// <summary>Where the programs the harness starts were built: the emulator beside this build, the app where run.sh publishes it.</summary>
internal static class BuildOutput
{
    private static readonly string Configuration =
        typeof(BuildOutput).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    public static string Emulator => Path.Combine(
        RepositoryRoot.Path, "src", "GraphCallback.GraphEmulator", "bin", Configuration, "net10.0", "GraphCallback.GraphEmulator.dll");

    /// <summary>
    /// The executable of <c>dotnet publish src/GraphCallback.Functions -c Release</c>: what host.json
    /// tells the Functions host to start.
    /// </summary>
    public static string PublishedApp => Path.Combine(
        RepositoryRoot.Path, "src", "GraphCallback.Functions", "bin", "Release", "net10.0", "publish", "GraphCallback.Functions");

    /// <summary>The function.json folders, for an app hosted in this process.</summary>
    public static string FunctionsScriptRoot => Path.Combine(RepositoryRoot.Path, "src", "GraphCallback.Functions", "functions");
}
