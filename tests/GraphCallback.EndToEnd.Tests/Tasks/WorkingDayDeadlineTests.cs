using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Core.Sla;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Testing;

namespace GraphCallback.EndToEnd.Tests.Tasks;

/// <summary>
/// A call late on a Friday is due on Monday, not on Saturday: the follow-up, the pane's view of it
/// and its To Do task all say so, for Megan's Monday-to-Friday week in London.
/// </summary>
[CalendarDependent]
public sealed class WorkingDayDeadlineTests : IAsyncLifetime
{
    private const string Caller = "+442079460456";

    // The first Friday 16:30 in London at or after the suite's instant: half an hour before Megan's day ends.
    private static readonly DateTimeOffset FridayAfternoon = Moments.NextOnAt(SuiteClock.Instant, DayOfWeek.Friday, new TimeOnly(16, 30), Moments.London);

    private SystemUnderTest _system = null!;

    public async Task InitializeAsync()
    {
        _system = await SystemUnderTest.StartAsync(clock: SuiteClock.StartAt(_ => FridayAfternoon));
        await _system.ConnectAsync(Demo.MeganKey);
        await _system.SyncsSettledAsync();
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task A_Friday_afternoon_voicemail_is_due_on_Monday_at_the_same_time_and_escalates_on_Tuesday_in_the_task_too()
    {
        var captured = _system.Activities.CaptureCount(Demo.MeganKey.PartitionKey);

        var received = await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0456", "Friday Caller", "Please call me back about the boiler.");
        await _system.Activities.CapturesAsync(Demo.MeganKey.PartitionKey, captured + 1);
        await _system.SyncsSettledAsync();

        var followUp = Assert.Single(await _system.FollowUps.ListAsync(Demo.MeganKey, pendingOnly: true), f => f.Caller.Number.E164 == Caller);
        Assert.Equal(DayOfWeek.Friday, WallClock.LocalOf(received, Moments.London).DayOfWeek);
        Assert.Equal(new SlaDeadline(received, Moments.DaysLater(received, 3, Moments.London), Moments.DaysLater(received, 4, Moments.London)), followUp.Sla);

        var (_, task) = await _system.TaskOfAsync(followUp.Id);
        Assert.Equal(DayOfWeek.Monday, Todo.DueDay(task, Moments.London).DayOfWeek);
        Assert.Equal(followUp.Sla.DueAt.AddHours(-2), Todo.Instant(task.GetProperty("reminderDateTime")));

        // On Sunday afternoon, past the 24 h a plain clock would count, the pane's badge still says
        // "on track": Saturday and Sunday do not count.
        _system.Clock.Advance(TimeSpan.FromDays(2));
        using var view = await _system.SendAsync(HttpMethod.Get, $"api/followups/{followUp.Id}", await _system.MintAsync(Demo.Megan));
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        var body = await view.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(followUp.Sla.DueAt, body.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("onTrack", body.GetProperty("slaState").GetString());
    }
}
