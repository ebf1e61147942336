using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Reliability.Tests.Support;

namespace GraphCallback.Reliability.Tests.Scenario;

/// <summary>
/// Reads the end state where the user would see it — their follow-ups through the app's API,
/// their To Do lists and calendar in the emulator — and counts what is wrong against what the
/// workload did.
/// </summary>
internal sealed class Truth(ScaledOutSystem system, IReadOnlyDictionary<DemoUser, string> paneTokens, IReadOnlyDictionary<DemoUser, string> graphTokens)
{
    public const string ListName = "Call-backs";

    private const string BlockCategory = "Call-back";

    /// <summary>The tasks of a To Do list whose linked resource names the follow-up.</summary>
    public static IEnumerable<JsonElement> TasksOf(JsonElement list, string followUpId) =>
        list.GetProperty("tasks").EnumerateArray().Where(t => t.TryGetProperty("linkedResources", out var links)
            && links.EnumerateArray().Any(l => l.GetProperty("externalId").GetString() == followUpId));

    /// <summary>A dateTimeTimeZone as the emulator stores it (UTC).</summary>
    public static DateTimeOffset Instant(JsonElement dateTimeTimeZone) =>
        DateTimeOffset.Parse(dateTimeTimeZone.GetProperty("dateTime").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public async Task<Figures> FiguresAsync(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        int lost = 0, duplicated = 0, missing = 0, tasksDuplicated = 0, editsLost = 0, phantoms = 0, blocks = 0;
        List<string> details = [];
        foreach (var user in DemoUser.All)
        {
            var followUps = await FollowUpsAsync(user);
            var tasks = await TasksAsync(user);
            var called = workload.Callers[user];
            foreach (var number in called)
            {
                var count = followUps.Count(f => f.Number == number);
                lost += count == 0 ? 1 : 0;
                duplicated += Math.Max(0, count - 1);
                if (count != 1)
                {
                    details.Add($"{user.Name}, caller {number}: {count} follow-ups");
                }
            }

            foreach (var stray in followUps.Where(f => !called.Contains(f.Number)))
            {
                duplicated++;
                details.Add($"{user.Name}: follow-up {stray.Id} for {stray.Number}, who never called");
            }

            foreach (var followUp in followUps)
            {
                var linked = tasks.Where(t => t.FollowUpId == followUp.Id).ToList();
                tasksDuplicated += Math.Max(0, linked.Count - 1);
                if (followUp.Pending && linked.Count == 0)
                {
                    missing++;
                    details.Add($"{user.Name}: follow-up {followUp.Id} ({followUp.Status}) has no To Do task; history {string.Join(", ", await HistoryAsync(user, followUp.Id))}");
                }
                else if (linked.Count > 1)
                {
                    details.Add($"{user.Name}: follow-up {followUp.Id} has {linked.Count} To Do tasks");
                }
            }

            foreach (var edit in workload.Edits.Where(e => e.User == user))
            {
                var followUp = followUps.FirstOrDefault(f => f.Id == edit.FollowUpId);
                var linked = tasks.Where(t => t.FollowUpId == edit.FollowUpId).ToList();
                if (!Reflected(edit, followUp, linked))
                {
                    editsLost++;
                    details.Add($"{user.Name}: {edit.Kind} of {edit.FollowUpId} lost (now {followUp?.Status ?? "gone"}, due {followUp?.Due:o}, tasks {string.Join(",", linked.Select(t => $"{t.Status}/{t.Due:o}"))})");
                }

                // Only the user reopens in this story (ReopenedInPane), and never after closing:
                // any reopen of a follow-up they closed is the app's.
                if (edit.Closes && followUp is not null && (await HistoryAsync(user, edit.FollowUpId)).Contains("reopened"))
                {
                    phantoms++;
                    details.Add($"{user.Name}: {edit.FollowUpId} reopened after {edit.Kind}; history {string.Join(", ", await HistoryAsync(user, edit.FollowUpId))}");
                }
            }

            foreach (var day in (await BlockDaysAsync(user)).GroupBy(d => d).Where(g => g.Count() > 1))
            {
                blocks += day.Count() - 1;
                details.Add($"{user.Name}: {day.Count()} call-back blocks on {day.Key}");
            }
        }

        return new Figures(lost, duplicated, missing, tasksDuplicated, editsLost, phantoms, blocks) { Details = details };
    }

    private static bool Reflected(Edit edit, FollowUpState? followUp, List<TaskState> tasks) => followUp is not null && edit.Kind switch
    {
        EditKind.ResolvedInPane or EditKind.CompletedInTodo => followUp.Status == "resolved" && tasks.All(t => t.Completed),
        EditKind.ReopenedInPane => followUp.Pending && tasks.Count > 0 && tasks.Any(t => !t.Completed),
        _ => followUp.Pending && edit.User.DayOf(followUp.Due) == edit.DueDay
             && tasks.Count > 0 && tasks.All(t => t.Due is { } due && edit.User.DayOf(due) == edit.DueDay),
    };

    private async Task<List<FollowUpState>> FollowUpsAsync(DemoUser user)
    {
        using var response = await system.AsUserAsync(HttpMethod.Get, "api/followups?status=all", paneTokens[user]);
        response.EnsureSuccessStatusCode();
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. list.EnumerateArray().Select(f => new FollowUpState(
            f.GetProperty("id").GetString()!,
            f.GetProperty("caller").GetProperty("number").GetString() ?? string.Empty,
            f.GetProperty("status").GetString()!,
            f.GetProperty("dueAt").GetDateTimeOffset()))];
    }

    /// <summary>The kinds of the follow-up's history, oldest first ("created", "resolved", "reopened", ...).</summary>
    private async Task<List<string>> HistoryAsync(DemoUser user, string id)
    {
        using var response = await system.AsUserAsync(HttpMethod.Get, $"api/followups/{id}", paneTokens[user]);
        response.EnsureSuccessStatusCode();
        var detail = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()!)];
    }

    private async Task<List<TaskState>> TasksAsync(DemoUser user)
    {
        var todo = await system.Control.GetFromJsonAsync<JsonElement>($"users/{user.Id}/todo");
        return [.. todo.GetProperty("value").EnumerateArray()
            .Where(l => l.GetProperty("displayName").GetString() == ListName)
            .SelectMany(l => l.GetProperty("tasks").EnumerateArray())
            .Where(t => t.TryGetProperty("linkedResources", out var links) && links.GetArrayLength() > 0)
            .Select(t => new TaskState(
                t.GetProperty("linkedResources")[0].GetProperty("externalId").GetString()!,
                t.GetProperty("status").GetString()!,
                t.TryGetProperty("dueDateTime", out var due) && due.ValueKind == JsonValueKind.Object ? Instant(due) : null))];
    }

    // Our blocks carry our category; each counts on the day it starts, where the user is.
    private async Task<List<DateOnly>> BlockDaysAsync(DemoUser user)
    {
        List<DateOnly> days = [];
        Uri? page = new(system.GraphUrl, $"/v1.0/users/{user.Id}/events?$top=100");
        while (page is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            request.Headers.TryAddWithoutValidation("Prefer", "outlook.timezone=\"UTC\"");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", graphTokens[user]);
            using var response = await system.Control.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            days.AddRange(body.GetProperty("value").EnumerateArray()
                .Where(e => e.GetProperty("categories").EnumerateArray().Any(c => c.GetString() == BlockCategory))
                .Select(e => user.DayOf(Instant(e.GetProperty("start")))));
            page = body.TryGetProperty("@odata.nextLink", out var next) ? new Uri(next.GetString()!) : null;
        }

        return days;
    }

    private sealed record FollowUpState(string Id, string Number, string Status, DateTimeOffset Due)
    {
        public bool Pending => Status is "open" or "attempted";
    }

    private sealed record TaskState(string FollowUpId, string Status, DateTimeOffset? Due)
    {
        public bool Completed => Status == "completed";
    }
}
