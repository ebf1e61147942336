using System.Net.Http.Json;
using System.Text.Json;
using GraphCallback.Core.Capture;
using GraphCallback.Graph.Capture;
using GraphCallback.Graph.Tests.Support;

namespace GraphCallback.Graph.Tests.Capture;

/// <summary>Call records as Graph sends them now, read through the emulator and judged by the missed-call rule.</summary>
public sealed class CallRecordReaderTests(EmulatedGraph graph) : IClassFixture<EmulatedGraph>
{
    private const string Alex = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    private static readonly HashSet<string> Connected = [EmulatedGraph.Megan, Alex];

    [Fact]
    public async Task A_phone_caller_is_named_by_participants_v2_and_the_callee_by_associated_identity()
    {
        var id = await RecordAsync(new { callee = EmulatedGraph.Megan, callerNumber = "+44 20 7946 0610" });

        var record = await new CallRecordReader(graph.Client).ReadAsync(id);

        var session = Assert.Single(record!.Sessions);
        Assert.Equal("+44 20 7946 0610", session.Caller!.PhoneNumber);
        Assert.Null(session.Caller.UserId);
        Assert.Equal(EmulatedGraph.Megan, session.Callee!.UserId);
        var missed = Assert.Single(MissedCallRule.Apply(record, Connected));
        Assert.Equal(EmulatedGraph.Megan, missed.UserId);
        Assert.Equal("+44 20 7946 0610", missed.Caller.PhoneNumber);
    }

    [Fact]
    public async Task A_colleague_caller_is_named_by_associated_identity()
    {
        var id = await RecordAsync(new { callee = EmulatedGraph.Megan, callerUser = Alex });

        var record = await new CallRecordReader(graph.Client).ReadAsync(id);

        Assert.Equal(Alex, Assert.Single(record!.Sessions).Caller!.UserId);
        Assert.Equal(Alex, record.Organizer!.UserId);
        Assert.Equal([EmulatedGraph.Megan], MissedCallRule.Apply(record, Connected).Select(m => m.UserId));
    }

    [Fact]
    public async Task A_call_that_dropped_after_it_was_answered_is_missed_by_nobody()
    {
        var id = await RecordAsync(new { callee = EmulatedGraph.Megan, callerNumber = "+44 20 7946 0611", answered = true, durationSeconds = 60, failureStage = "midcall" });

        var record = await new CallRecordReader(graph.Client).ReadAsync(id);

        Assert.Equal(SessionFailure.Midcall, Assert.Single(record!.Sessions).Failure);
        Assert.Empty(MissedCallRule.Apply(record, Connected));
    }

    [Fact]
    public async Task Sessions_past_the_first_page_of_60_are_read_so_an_answer_in_the_71st_counts()
    {
        var id = await RecordAsync(new { callee = EmulatedGraph.Megan, callerNumber = "+44 20 7946 0612", answered = true, durationSeconds = 60, earlierRings = 70 });

        var record = await new CallRecordReader(graph.Client).ReadAsync(id);

        Assert.Equal(71, record!.Sessions.Count);
        Assert.Equal(71, record.Sessions.DistinctBy(s => s.Start).Count());
        Assert.Empty(MissedCallRule.Apply(record, Connected));
    }

    [Fact]
    public async Task A_record_that_is_gone_reads_as_null()
    {
        Assert.Null(await new CallRecordReader(graph.Client).ReadAsync(Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task The_list_gives_every_record_started_since_a_moment_across_its_pages()
    {
        var since = graph.Clock.GetUtcNow().AddDays(-20);
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await RecordAsync(new { callee = EmulatedGraph.Megan, callerNumber = "+44 20 7946 0613", startDateTime = since.AddMinutes(i) }));
        }

        var older = await RecordAsync(new { callee = EmulatedGraph.Megan, callerNumber = "+44 20 7946 0614", startDateTime = since.AddMinutes(-1) });

        var listed = await new CallRecordList(graph.Client).StartedSinceAsync(since);

        Assert.Superset(ids.ToHashSet(), listed.Select(r => r.Id).ToHashSet());
        Assert.DoesNotContain(listed, r => r.Id == older);
        Assert.All(listed, r => Assert.True(r.LastModified <= graph.Clock.GetUtcNow()));
    }

    private async Task<string> RecordAsync(object request)
    {
        using var response = await graph.Control.PostAsJsonAsync("callRecords", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
