using GraphCallback.Core.Sla;
using GraphCallback.Core.Tasks;
using Microsoft.Graph.Models;
using TaskStatus = Microsoft.Graph.Models.TaskStatus;

namespace GraphCallback.Graph.Tasks;

/// <summary>Turns <see cref="TaskContent"/> into the todoTask sent to Graph, with due and reminder in the user's zone.</summary>
public static class TaskWrite
{
    /// <summary>
    /// A fresh model on every call: the SDK's backing store sends only values changed since a
    /// model was last serialized, so reusing one for a retry would send an empty body.
    /// </summary>
    public static TodoTask Model(TaskContent content, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(zone);
        return new TodoTask
        {
            Title = content.Title,
            Body = new ItemBody { ContentType = BodyType.Html, Content = content.BodyHtml },
            // To Do keeps only the day of a due; the reminder keeps its time.
            DueDateTime = GraphTime.FromInstant(StartOfDay(content.DueAt, zone), zone),
            ReminderDateTime = GraphTime.FromInstant(content.ReminderAt, zone),
            IsReminderOn = content.Progress != TaskProgress.Completed,
            Importance = content.Importance switch
            {
                TaskImportance.High => Importance.High,
                TaskImportance.Low => Importance.Low,
                _ => Importance.Normal,
            },
            Status = content.Progress switch
            {
                TaskProgress.Completed => TaskStatus.Completed,
                TaskProgress.InProgress => TaskStatus.InProgress,
                _ => TaskStatus.NotStarted,
            },
        };
    }

    /// <summary>Midnight of the user's day that <paramref name="instant"/> falls on: the due To Do will answer.</summary>
    public static DateTimeOffset StartOfDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        WallClock.InstantOf(WallClock.LocalOf(instant, zone).Date, zone);

    /// <summary>What a task read from Graph says about completion and due.</summary>
    public static TaskSeen Seen(TodoTask task, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new TaskSeen(task.Status == TaskStatus.Completed, task.DueDateTime is { } due ? GraphTime.ToInstant(due, zone) : null);
    }
}
