using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph;
using Microsoft.Graph.Communications.CallRecords.MicrosoftGraphCallRecordsGetPstnCallsWithFromDateTimeWithToDateTime;
using Microsoft.Graph.Models.CallRecords;

namespace GraphCallback.GraphEmulator.Tests.CallRecords;

[Collection(EmulatorCollection.Name)]
public sealed class CallRecordTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_missed_call_record_expands_sessions_and_segments_with_caller_and_callee()
    {
        var added = await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.MeganUpn, callerUser = DemoUsers.Alex, answered = false });

        var record = await emulator.Graph().Communications.CallRecords[added.GetProperty("id").GetString()].GetAsync(r =>
            r.QueryParameters.Expand = ["sessions($expand=segments)"]);

        Assert.Equal(CallType.PeerToPeer, record!.Type);
        Assert.Equal(DemoUsers.Alex, record.OrganizerV2!.Identity!.User!.Id);
        var session = Assert.Single(record.Sessions!);
        Assert.Equal(DemoUsers.Alex, Assert.IsType<ParticipantEndpoint>(session.Caller).Identity!.User!.Id);
        Assert.Equal(DemoUsers.Megan, Assert.IsType<ParticipantEndpoint>(session.Callee).Identity!.User!.Id);
        Assert.Equal(FailureStage.CallSetup, session.FailureInfo!.Stage);
        Assert.Single(session.Segments!);
        Assert.NotNull(session.StartDateTime);
        Assert.NotNull(session.EndDateTime);
    }

    [Fact]
    public async Task Without_expand_sessions_and_participants_are_not_returned()
    {
        var added = await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0170", answered = true, durationSeconds = 60 });

        var record = await emulator.Graph().Communications.CallRecords[added.GetProperty("id").GetString()].GetAsync();

        Assert.Null(record!.Sessions);
        Assert.Null(record.ParticipantsV2);
        Assert.NotNull(record.OrganizerV2);
    }

    [Fact]
    public async Task Expanded_sessions_without_nested_expand_have_no_segments()
    {
        var added = await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0171" });

        var record = await emulator.Graph().Communications.CallRecords[added.GetProperty("id").GetString()].GetAsync(r =>
            r.QueryParameters.Expand = ["sessions"]);

        var session = Assert.Single(record!.Sessions!);
        Assert.Null(session.Segments);
        Assert.Equal("+44 20 7946 0171", Assert.IsType<Microsoft.Graph.Models.CommunicationsIdentitySet>(Assert.IsType<ParticipantEndpoint>(session.Caller).Identity).Phone!.Id);
    }

    [Fact]
    public async Task GetPstnCalls_returns_rows_in_the_range_and_pages_with_next_link()
    {
        var graph = emulator.Graph();
        var now = emulator.Clock.GetUtcNow();

        var first = await graph.Communications.CallRecords.MicrosoftGraphCallRecordsGetPstnCallsWithFromDateTimeWithToDateTime(now.AddDays(-3), now.AddMinutes(1))
            .GetAsGetPstnCallsWithFromDateTimeWithToDateTimeGetResponseAsync(r => r.QueryParameters.Top = 1);
        var rows = new List<PstnCallLogRow>();
        await PageIterator<PstnCallLogRow, GetPstnCallsWithFromDateTimeWithToDateTimeGetResponse>.CreatePageIterator(graph, first!, row =>
        {
            rows.Add(row);
            return true;
        }).IterateAsync();
        var recent = await graph.Communications.CallRecords.MicrosoftGraphCallRecordsGetPstnCallsWithFromDateTimeWithToDateTime(now.AddHours(-1), now.AddMinutes(1))
            .GetAsGetPstnCallsWithFromDateTimeWithToDateTimeGetResponseAsync();

        Assert.NotNull(first!.OdataNextLink);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(DemoUsers.Megan, r.UserId));
        Assert.Equal("+442079460555", Assert.Single(recent!.Value!).CallerNumber);
    }
}
