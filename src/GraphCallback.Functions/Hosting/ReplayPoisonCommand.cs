using Azure;
using GraphCallback.Functions.Hosting.Catalog;
using GraphCallback.Storage.Queues;

namespace GraphCallback.Functions.Hosting;

/// <summary>
/// The operations command <c>GraphCallback.Functions replay-poison [queue]</c>: puts the messages on
/// a queue's <c>-poison</c> queue (every queue function's, when none is named) back on the queue,
/// the Functions host's plain copies and the stand-alone listener's envelopes alike, in the
/// configured storage. It reports counts only: message bodies may carry personal data.
/// </summary>
public static class ReplayPoisonCommand
{
    public const string Verb = "replay-poison";

    /// <param name="args">The command line: the verb, optionally a queue name, then app configuration (<c>--Key value</c>).</param>
    /// <param name="output">Where the command reports each poison queue.</param>
    /// <returns>0 when every message went back, 1 when any did not, 2 for a queue no function reads.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var named = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        var configuration = FunctionsApp.CreateBuilder([.. args.Skip(named is null ? 1 : 2)]).Configuration;
        var catalog = FunctionCatalog.Load(configuration[FunctionCatalog.ScriptRootKey] ?? AppContext.BaseDirectory);
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var queues = catalog.Queues.Select(function => function.QueueName).Distinct(StringComparer.Ordinal).ToList();
        if (named is not null && !queues.Contains(named, StringComparer.Ordinal))
        {
            await output.WriteLineAsync($"usage: GraphCallback.Functions {Verb} [queue]; no queue function reads '{named}' (queues: {string.Join(", ", queues)})").ConfigureAwait(false);
            return 2;
        }

        var failures = 0;
        foreach (var queue in named is null ? queues : [named])
        {
            var poison = new PoisonQueue(storage.ConnectionString, queue);
            try
            {
                var replay = await poison.ReplayAsync(CancellationToken.None).ConfigureAwait(false);
                failures += replay.Failed;
                var left = replay.Failed > 0 ? $", {replay.Failed} left there after an error" : string.Empty;
                await output.WriteLineAsync($"{poison.Name}: {replay.Replayed} replayed to {queue}{left}").ConfigureAwait(false);
            }
            catch (Exception e) when (e is RequestFailedException or AggregateException)
            {
                // AggregateException: every try of the SDK failed to connect.
                failures++;
                await output.WriteLineAsync($"{poison.Name}: not replayed, storage refused or did not answer ({e.GetType().Name})").ConfigureAwait(false);
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
