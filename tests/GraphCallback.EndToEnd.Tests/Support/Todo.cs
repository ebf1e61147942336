using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Core.FollowUps;

namespace GraphCallback.EndToEnd.Tests.Support;

/// <summary>A user's To Do as the emulator stores it, and acting as the user in the To Do app.</summary>
internal static class Todo
{
    public const string ListName = "Call-backs";

    /// <summary>Every list of the user named "Call-backs", with its tasks (linked resources included).</summary>
    public static async Task<IReadOnlyList<JsonElement>> CallBackListsAsync(this SystemUnderTest system, string user)
    {
        var todo = await system.Control.GetFromJsonAsync<JsonElement>($"users/{user}/todo");
        return [.. todo.GetProperty("value").EnumerateArray().Where(l => l.GetProperty("displayName").GetString() == ListName)];
    }

    /// <summary>The tasks of a list whose linked resource names the follow-up.</summary>
    public static IReadOnlyList<JsonElement> TasksFor(JsonElement list, FollowUpId followUp) =>
        [.. list.GetProperty("tasks").EnumerateArray().Where(t => t.TryGetProperty("linkedResources", out var links)
            && links.EnumerateArray().Any(l => l.GetProperty("externalId").GetString() == followUp.ToString()))];

    /// <summary>A dateTimeTimeZone as stored (UTC) as an instant.</summary>
    public static DateTimeOffset Instant(JsonElement dateTimeTimeZone)
    {
        Assert.Equal("UTC", dateTimeTimeZone.GetProperty("timeZone").GetString());
        return DateTimeOffset.Parse(dateTimeTimeZone.GetProperty("dateTime").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    /// <summary>
    /// The day a task is due in <paramref name="zone"/>: To Do keeps only the day of a due, and
    /// answers midnight of it, so the time is checked to be 00:00 there.
    /// </summary>
    public static DateOnly DueDay(JsonElement task, TimeZoneInfo zone)
    {
        var local = Core.Sla.WallClock.LocalOf(Instant(task.GetProperty("dueDateTime")), zone);
        Assert.Equal(TimeSpan.Zero, local.TimeOfDay);
        return DateOnly.FromDateTime(local);
    }

    /// <summary>The day of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly Day(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(Core.Sla.WallClock.LocalOf(instant, zone));

    /// <summary>The user acts on a task in the To Do app: "complete", "dueDate" (with a body) or DELETE.</summary>
    public static async Task ActOnTaskAsync(this SystemUnderTest system, string user, string list, string task, string action, object? body = null)
    {
        var path = $"users/{user}/todo/lists/{list}/tasks/{task}";
        using var response = action == "delete"
            ? await system.Control.DeleteAsync(path)
            : await system.Control.PostAsJsonAsync($"{path}/{action}", body ?? new { });
        response.EnsureSuccessStatusCode();
    }
}
