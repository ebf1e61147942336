using System.Diagnostics;
using System.Text.Json;
using GraphCallback.Core.FollowUps;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphCallback.EndToEnd.Tests.Tasks;

/// <summary>
/// Megan connected, with her back-filled follow-ups' tasks written: the starting point of the To
/// Do tests. Every capture asks for one sync, so waiting for as many syncs as captures means the
/// tasks are in place. The To Do polling timer is off: a test polls when it has acted in To Do.
/// </summary>
internal static class TaskTestContext
{
    private const string Polling = "PollTaskChanges";

    public static async Task<SystemUnderTest> StartAsync()
    {
        var system = await SystemUnderTest.StartAsync(new Dictionary<string, string?> { [$"AzureWebJobs.{Polling}.Disabled"] = "true" });
        await system.ConnectAsync(Demo.MeganKey);
        await system.SyncsSettledAsync();
        return system;
    }

    /// <summary>Waits until every capture of Megan's so far has had its sync run.</summary>
    public static Task SyncsSettledAsync(this SystemUnderTest system, int extra = 0) =>
        system.Activities.SyncsSettledAsync(Demo.MeganKey.PartitionKey, extra);

    /// <summary>How many changes made in To Do have changed the follow-up so far.</summary>
    public static int TaskChangesApplied(this SystemUnderTest system, FollowUpId followUp) =>
        system.Activities.Count(a => IsAppliedChange(a, followUp));

    /// <summary>One firing of the To Do polling timer, as the host would make it.</summary>
    public static Task PollToDoAsync(this SystemUnderTest system) => system.RunTimerAsync(Polling);

    /// <summary>One firing of the named timer, as the host would make it.</summary>
    public static Task RunTimerAsync(this SystemUnderTest system, string name) =>
        system.App.Services.GetRequiredService<FunctionInvoker>().RunTimerAsync(name, new TimerTick(false, null, null), CancellationToken.None);

    /// <summary>Waits until one more change made in To Do was applied to the follow-up, and the sync it asked for ran.</summary>
    public static async Task TaskChangeAppliedAsync(this SystemUnderTest system, FollowUpId followUp, int appliedBefore, int syncsBefore)
    {
        await system.Activities.WaitAsync(a => IsAppliedChange(a, followUp), appliedBefore + 1);
        await system.Activities.RunsAsync("SyncFollowUps", syncsBefore + 1);
    }

    /// <summary>The one call-back list and the one task in it for the follow-up.</summary>
    public static async Task<(JsonElement List, JsonElement Task)> TaskOfAsync(this SystemUnderTest system, FollowUpId followUp)
    {
        var list = Assert.Single(await system.CallBackListsAsync(Demo.Megan));
        return (list, Assert.Single(Todo.TasksFor(list, followUp)));
    }

    private static bool IsAppliedChange(Activity a, FollowUpId followUp) =>
        a.OperationName == "ApplyTaskChange" && Equals(a.GetTagItem("graphcallback.followup"), followUp.ToString()) && Equals(a.GetTagItem("graphcallback.changed"), true);
}
