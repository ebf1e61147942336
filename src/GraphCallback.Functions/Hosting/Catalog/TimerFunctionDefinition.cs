using NCrontab;

namespace GraphCallback.Functions.Hosting.Catalog;

/// <summary>A <c>timerTrigger</c> function and its six-field NCRONTAB schedule, evaluated in UTC.</summary>
public sealed record TimerFunctionDefinition(string Name, string BindingName, string ScheduleExpression, CrontabSchedule Schedule)
    : FunctionDefinition(Name, BindingName)
{
    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset NextOccurrenceAfter(DateTimeOffset after) =>
        new(DateTime.SpecifyKind(Schedule.GetNextOccurrence(after.UtcDateTime), DateTimeKind.Utc));
}
