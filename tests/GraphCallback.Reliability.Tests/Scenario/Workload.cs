using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Reliability.Tests.Support;

namespace GraphCallback.Reliability.Tests.Scenario;

/// <summary>
/// The calls and the user's actions of a run, drawn from one seeded Random: calls arrive in the
/// users' inboxes (voicemails, and missed-call mails for those who get them), and between bursts
/// each user acts on follow-ups they can see, in the pane or in To Do. It records what the truth
/// must be: who called whom, and every edit. The Teams-only user's missed calls are call
/// records, which Graph writes late: the record of a call the user has since closed the
/// follow-up of must not reopen it.
/// </summary>
internal sealed class Workload(ScaledOutSystem system, Random random, IReadOnlyDictionary<DemoUser, string> tokens)
{
    private static readonly TimeSpan ActionDeadline = TimeSpan.FromSeconds(45);

    private readonly Dictionary<DemoUser, List<string>> _callers = DemoUser.All.ToDictionary(u => u, _ => new List<string>());
    private readonly HashSet<string> _actedOn = [];
    private readonly HashSet<string> _burst = [];
    private readonly Dictionary<string, DateTimeOffset> _lastCall = [];
    private readonly HashSet<string> _lateRecords = [];
    private readonly List<Edit> _edits = [];

    /// <summary>Every caller that called each user (at least once).</summary>
    public IReadOnlyDictionary<DemoUser, List<string>> Callers => _callers;

    public IReadOnlyList<Edit> Edits => _edits;

    public int Calls { get; private set; }

    /// <summary>How many call records arrived after the user had closed their call's follow-up.</summary>
    public int LateRecords => _lateRecords.Count;

    /// <summary>Delivers <paramref name="count"/> calls: a new caller, or again one the user has not acted on yet.</summary>
    public async Task CallsArriveAsync(int count)
    {
        _burst.Clear();
        for (var i = 0; i < count; i++)
        {
            var user = DemoUser.All[random.Next(DemoUser.All.Count)];
            var callers = _callers[user];
            var again = callers.Where(c => !_actedOn.Contains(c)).ToList();
            string number;
            if (again.Count > 0 && random.NextDouble() < 0.3)
            {
                number = again[random.Next(again.Count)];
            }
            else
            {
                number = user.CallerNumber(callers.Count);
                callers.Add(number);
            }

            _burst.Add(number);
            await CallAsync(user, number);
            Calls++;
        }

        await LateEvidenceAsync();
    }

    private async Task CallAsync(DemoUser user, string number)
    {
        _lastCall[number] = system.Clock.GetUtcNow();
        if (user.TeamsOnly && random.NextDouble() < 0.5)
        {
            await PostForIdAsync("callRecords", new { callee = user.Id, callerNumber = number, answered = false, durationSeconds = 0 });
            return;
        }

        var kind = user.TeamsOnly || random.NextDouble() < 0.6 ? "voicemails" : "missedCalls";
        await PostForIdAsync($"users/{user.Id}/{kind}", new { callerNumber = number, durationSeconds = 20, transcript = "Please call me back about the quote." });
    }

    // The call record of the Teams-only user's last call from a caller whose follow-up they closed since.
    private async Task LateEvidenceAsync()
    {
        foreach (var edit in _edits.Where(e => e.Closes && e.User.TeamsOnly && !_lateRecords.Contains(e.CallerNumber)))
        {
            await PostForIdAsync("callRecords", new { callee = edit.User.Id, callerNumber = edit.CallerNumber, answered = false, durationSeconds = 0, startDateTime = _lastCall[edit.CallerNumber] });
            _lateRecords.Add(edit.CallerNumber);
        }
    }

    private async Task<string> PostForIdAsync(string path, object body)
    {
        using var response = await system.Control.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>
    /// Each user acts on up to <paramref name="perUser"/> follow-ups they see and have not touched
    /// yet, while the app still works on the last burst: never on a caller of that burst, whose
    /// call still on its way would rightly reopen what the user closed.
    /// </summary>
    public async Task UsersActAsync(int perUser)
    {
        foreach (var user in DemoUser.All)
        {
            var visible = await VisibleAsync(user);
            var untouched = visible.Where(f => !_actedOn.Contains(f.Number) && !_burst.Contains(f.Number)).ToList();
            for (var i = 0; i < perUser && untouched.Count > 0; i++)
            {
                var pick = untouched[random.Next(untouched.Count)];
                untouched.Remove(pick);
                var kind = (EditKind)random.Next(4);
                if (await ActAsync(user, pick, kind) is { } edit)
                {
                    _actedOn.Add(pick.Number);
                    _edits.Add(edit);
                }
            }
        }
    }

    private async Task<List<(string Id, string Number)>> VisibleAsync(DemoUser user)
    {
        List<(string, string)> found = [];
        await Until.WithinAsync(ActionDeadline, async () =>
        {
            using var response = await system.AsUserAsync(HttpMethod.Get, "api/followups?status=open", tokens[user]);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            var list = await response.Content.ReadFromJsonAsync<JsonElement>();
            found = [.. list.EnumerateArray().Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("caller").GetProperty("number").GetString()!))];
            return true;
        });
        return found;
    }

    private async Task<Edit?> ActAsync(DemoUser user, (string Id, string Number) followUp, EditKind kind)
    {
        switch (kind)
        {
            case EditKind.ResolvedInPane:
                return await ResolveInPaneAsync(user, followUp.Id) ? new Edit(user, followUp.Number, followUp.Id, kind) : null;
            case EditKind.ReopenedInPane:
                return await ResolveInPaneAsync(user, followUp.Id) && await PaneAsync(user, followUp.Id, "reopen", null, "open")
                    ? new Edit(user, followUp.Number, followUp.Id, kind)
                    : null;
            default:
                return await ActInTodoAsync(user, followUp, kind);
        }
    }

    private Task<bool> ResolveInPaneAsync(DemoUser user, string id) => PaneAsync(user, id, "attempts", new { outcome = "reached", note = "Sorted." }, "resolved");

    // Storage may be down or an instance dying: the user tries again, as the pane would, until the
    // follow-up shows the change (a retried write that had landed answers 409 and shows it).
    private async Task<bool> PaneAsync(DemoUser user, string id, string action, object? body, string status) =>
        await Until.WithinAsync(ActionDeadline, async () =>
        {
            using (var response = await system.AsUserAsync(HttpMethod.Post, $"api/followups/{id}/{action}", tokens[user], body ?? new { }))
            {
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }

                if (response.StatusCode != HttpStatusCode.Conflict)
                {
                    return false;
                }
            }

            using var current = await system.AsUserAsync(HttpMethod.Get, $"api/followups/{id}", tokens[user]);
            return current.IsSuccessStatusCode
                && (await current.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() == status;
        });

    // In To Do the user can act only on a task that is there; one not written yet is left alone.
    private async Task<Edit?> ActInTodoAsync(DemoUser user, (string Id, string Number) followUp, EditKind kind)
    {
        var todo = await system.Control.GetFromJsonAsync<JsonElement>($"users/{user.Id}/todo");
        foreach (var list in todo.GetProperty("value").EnumerateArray().Where(l => l.GetProperty("displayName").GetString() == Truth.ListName))
        {
            var task = Truth.TasksOf(list, followUp.Id).FirstOrDefault(t => t.GetProperty("status").GetString() != "completed");
            if (task.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            var path = $"users/{user.Id}/todo/lists/{list.GetProperty("id").GetString()}/tasks/{task.GetProperty("id").GetString()}";
            if (kind == EditKind.CompletedInTodo)
            {
                using var completed = await system.Control.PostAsJsonAsync($"{path}/complete", new { });
                completed.EnsureSuccessStatusCode();
                return new Edit(user, followUp.Number, followUp.Id, kind);
            }

            var day = user.DayOf(Truth.Instant(task.GetProperty("dueDateTime"))).AddDays(2);
            var due = new { dateTime = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00", timeZone = user.WindowsZone };
            using var moved = await system.Control.PostAsJsonAsync($"{path}/dueDate", new { dueDateTime = due });
            moved.EnsureSuccessStatusCode();
            return new Edit(user, followUp.Number, followUp.Id, kind, day);
        }

        return null;
    }
}
