using GraphCallback.Core.Users;
using GraphCallback.Functions.Storage;
using GraphCallback.Graph.Connection;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// The admin command <c>GraphCallback.Functions connect --tenant {tid} --user {oid} [--user ...]</c>:
/// connects users with the same code the task pane's first run uses, against the configured
/// storage and Graph. The app serving the webhook must be running, because Graph validates it.
/// </summary>
public static class ConnectCommand
{
    public const string Verb = "connect";

    /// <param name="args">The command line: the verb, its options, then app configuration (<c>--Key value</c>).</param>
    /// <param name="output">Where the command reports each user.</param>
    /// <param name="time">The clock the command's app runs on: subscription lifetimes are set from it (the system clock when omitted).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var tenant = ValuesOf(args, "--tenant").SingleOrDefault();
        var users = ValuesOf(args, "--user").ToList();
        if (tenant is null || users.Count == 0)
        {
            await output.WriteLineAsync("usage: GraphCallback.Functions connect --tenant <tenant id> --user <object id> [--user <object id> ...]").ConfigureAwait(false);
            return 2;
        }

        var rest = args.Where((_, i) => i > 0 && !IsOption(args, i)).ToArray();
        var builder = FunctionsApp.CreateBuilder(rest);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        await using var app = FunctionsApp.Build(builder);
        var services = app.Services;
        await services.GetRequiredService<StorageSchema>().EnsureCreatedAsync(CancellationToken.None).ConfigureAwait(false);

        var failures = 0;
        foreach (var user in users)
        {
            await using var scope = services.CreateAsyncScope();
            try
            {
                var connection = await scope.ServiceProvider.GetRequiredService<UserConnector>()
                    .ConnectAsync(new UserKey(tenant, user), CancellationToken.None).ConfigureAwait(false);
                await output.WriteLineAsync($"connected {user} (inbox subscription {connection.InboxSubscriptionId})").ConfigureAwait(false);
            }
            catch (ODataError e) when (e.ResponseStatusCode is 401 or 403)
            {
                // The usual first-run mistake is the registration, so say exactly what it must grant.
                failures++;
                await output.WriteLineAsync(
                    $"failed to connect {user}: Graph refused ({e.ResponseStatusCode} {e.Error?.Code}). The app registration needs these application " +
                    $"permissions with admin consent: {string.Join(", ", GraphPermissions.Application)}.").ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures++;
                await output.WriteLineAsync($"failed to connect {user}: {e.Message}").ConfigureAwait(false);
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static IEnumerable<string> ValuesOf(string[] args, string option) =>
        args.Select((arg, i) => (arg, i)).Where(a => a.arg == option && a.i + 1 < args.Length).Select(a => args[a.i + 1]);

    // Options of the command itself, and their values, are not configuration for the app.
    private static bool IsOption(string[] args, int i) =>
        args[i] is "--tenant" or "--user" || (i > 0 && args[i - 1] is "--tenant" or "--user");
}
