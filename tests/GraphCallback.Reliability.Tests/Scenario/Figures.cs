using System.Globalization;
using System.Text;

namespace GraphCallback.Reliability.Tests.Scenario;

/// <summary>What the run must show as 0: each a count of things that went wrong, read from storage's and Graph's end state.</summary>
internal sealed record Figures(
    int FollowUpsLost,
    int FollowUpsDuplicated,
    int TasksMissing,
    int TasksDuplicated,
    int EditsLost,
    int PhantomReopens,
    int BlocksDuplicated)
{
    /// <summary>Which callers, follow-ups or edits each non-zero figure is made of, to start a diagnosis from.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    public bool AllZero =>
        FollowUpsLost + FollowUpsDuplicated + TasksMissing + TasksDuplicated + EditsLost + PhantomReopens + BlocksDuplicated == 0;

    /// <summary>The figures on one line.</summary>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"follow-ups lost {FollowUpsLost}, duplicated {FollowUpsDuplicated}; tasks missing {TasksMissing}, duplicated {TasksDuplicated}; edits lost {EditsLost}; phantom reopens {PhantomReopens}; blocks duplicated {BlocksDuplicated}");

    /// <summary>The figures as a Markdown table, with the run's shape and the catch-up verdict.</summary>
    public string Table(string run, TimeSpan? caughtUpAfter, TimeSpan deadline)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Reliability suite: {run}");
        table.AppendLine("| Figure | Measured | Target |");
        table.AppendLine("| --- | --- | --- |");
        Row(table, "Follow-ups lost", FollowUpsLost);
        Row(table, "Follow-ups duplicated", FollowUpsDuplicated);
        Row(table, "To Do tasks missing", TasksMissing);
        Row(table, "To Do tasks duplicated", TasksDuplicated);
        Row(table, "User edits lost", EditsLost);
        Row(table, "Phantom reopens", PhantomReopens);
        Row(table, "Call-back blocks duplicated", BlocksDuplicated);
        var caughtUp = caughtUpAfter is { } after
            ? string.Create(CultureInfo.InvariantCulture, $"yes, {after.TotalSeconds:0} s after the clocks moved on by the cycle")
            : string.Create(CultureInfo.InvariantCulture, $"no, not within {deadline.TotalSeconds:0} s");
        table.AppendLine(CultureInfo.InvariantCulture, $"| Caught up within one catch-up cycle | {caughtUp} | yes |");
        foreach (var detail in Details)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"- {detail}");
        }

        return table.ToString();
    }

    private static void Row(StringBuilder table, string name, int value) =>
        table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} | 0 |");
}
