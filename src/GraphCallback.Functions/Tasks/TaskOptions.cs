namespace GraphCallback.Functions.Tasks;

/// <summary>How follow-ups appear in To Do: configuration section <c>Tasks</c>.</summary>
public sealed class TaskOptions
{
    public const string Section = "Tasks";

    /// <summary>The name of the To Do list the tasks go in, created once per user.</summary>
    public string ListName { get; set; } = "Call-backs";

    /// <summary>How many hours before the deadline To Do reminds the user.</summary>
    public double ReminderHours { get; set; } = 2;

    public TimeSpan RemindBefore => TimeSpan.FromHours(ReminderHours);
}
