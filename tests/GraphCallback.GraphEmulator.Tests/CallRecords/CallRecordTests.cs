using System.Globalization;
using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph;
using Microsoft.Graph.Communications.CallRecords.MicrosoftGraphCallRecordsGetPstnCallsWithFromDateTimeWithToDateTime;
using Microsoft.Graph.Models.CallRecords;
using Microsoft.Graph.Models.ODataErrors;

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
        Assert.Equal(DemoUsers.Alex, Assert.IsType<ParticipantEndpoint>(session.Caller).AssociatedIdentity!.Id);
        Assert.Equal(DemoUsers.Megan, Assert.IsType<ParticipantEndpoint>(session.Callee).AssociatedIdentity!.Id);
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
    }

    [Fact]
    public async Task Endpoints_name_users_only_by_associated_identity_and_a_phone_number_only_in_participants_v2()
    {
        var added = await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0172" });

        var record = await emulator.Graph().Communications.CallRecords[added.GetProperty("id").GetString()].GetAsync(r =>
            r.QueryParameters.Expand = ["sessions($expand=segments)", "participants_v2"]);

        Assert.Null(record!.Organizer);
        Assert.Null(record.Participants);
        var session = Assert.Single(record.Sessions!);
        var caller = Assert.IsType<ParticipantEndpoint>(session.Caller);
        var callee = Assert.IsType<ParticipantEndpoint>(session.Callee);
        Assert.All(new[] { caller, callee, (ParticipantEndpoint)session.Segments!.Single().Caller! }, e => Assert.Null(e.Identity));
        Assert.Null(caller.AssociatedIdentity);
        Assert.Equal(DemoUsers.Megan, callee.AssociatedIdentity!.Id);
        var phone = Assert.Single(record.ParticipantsV2!, p => p.Identity is Microsoft.Graph.Models.CommunicationsIdentitySet { Phone: not null });
        Assert.Equal("+44 20 7946 0172", ((Microsoft.Graph.Models.CommunicationsIdentitySet)phone.Identity!).Phone!.Id);
    }

    [Fact]
    public async Task A_call_that_dropped_after_it_was_answered_has_media_and_failure_info_at_midcall()
    {
        var added = await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0173", answered = true, durationSeconds = 90, failureStage = "midcall" });

        var record = await emulator.Graph().Communications.CallRecords[added.GetProperty("id").GetString()].GetAsync(r =>
            r.QueryParameters.Expand = ["sessions($expand=segments)"]);

        var session = Assert.Single(record!.Sessions!);
        Assert.Equal(FailureStage.Midcall, session.FailureInfo!.Stage);
        var segment = Assert.Single(session.Segments!);
        Assert.Equal(TimeSpan.FromSeconds(90), segment.EndDateTime - segment.StartDateTime);
    }

    [Fact]
    public async Task A_revised_record_keeps_its_id_and_counts_up_its_version()
    {
        var added = await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0174" });
        var id = added.GetProperty("id").GetString();

        var revised = await emulator.ControlPostAsync($"callRecords/{id}/revisions", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0174", earlierRings = 1 });
        var record = await emulator.Graph().Communications.CallRecords[id].GetAsync(r => r.QueryParameters.Expand = ["sessions"]);

        Assert.Equal(2, revised.GetProperty("version").GetInt64());
        Assert.Equal(2, record!.Version);
        Assert.Equal(2, record.Sessions!.Count);
    }

    [Fact]
    public async Task Expanded_sessions_stop_at_60_with_a_sessions_next_link_of_the_documented_shape_to_the_rest()
    {
        var graph = emulator.Graph();
        var id = (await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0175", earlierRings = 70 })).GetProperty("id").GetString();

        var record = await graph.Communications.CallRecords[id].GetAsync(r => r.QueryParameters.Expand = ["sessions($expand=segments)"]);
        var nextLink = Assert.IsType<string>(record!.AdditionalData["sessions@odata.nextLink"]);
        var rest = await graph.Communications.CallRecords[id].Sessions.WithUrl(nextLink.Replace("$metadata#", string.Empty, StringComparison.Ordinal)).GetAsync();

        Assert.Equal(60, record.Sessions!.Count);
        Assert.StartsWith($"{emulator.GraphUrl}/$metadata#communications/callRecords('{id}')/sessions?$expand=segments&$skiptoken=", nextLink, StringComparison.Ordinal);
        Assert.Equal(11, rest!.Value!.Count);
        Assert.All(rest.Value, s => Assert.Single(s.Segments!));
        Assert.Null(rest.OdataNextLink);
        Assert.Empty(record.Sessions.Select(s => s.Id).Intersect(rest.Value.Select(s => s.Id)));
    }

    [Fact]
    public async Task Listing_with_a_start_filter_returns_the_records_since_then_without_relationships_and_pages()
    {
        var graph = emulator.Graph();
        var now = emulator.Clock.GetUtcNow();
        var ids = new List<string?>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add((await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0176", startDateTime = now.AddMinutes(-30 + i) })).GetProperty("id").GetString());
        }

        var first = await graph.Communications.CallRecords.GetAsync(r => r.QueryParameters.Filter = $"startDateTime ge {now.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}");
        var listed = new List<CallRecord>();
        await PageIterator<CallRecord, CallRecordCollectionResponse>.CreatePageIterator(graph, first!, r =>
        {
            listed.Add(r);
            return true;
        }).IterateAsync();

        Assert.NotNull(first!.OdataNextLink);
        Assert.Equal(ids, listed.Select(r => r.Id));
        Assert.All(listed, r => Assert.Null(r.Sessions));
        Assert.All(listed, r => Assert.Null(r.ParticipantsV2));
    }

    [Fact]
    public async Task Listing_filtered_on_a_participant_returns_only_their_records()
    {
        await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.MeganUpn, callerNumber = "+44 20 7946 0177" });
        var alexs = await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.Alex, callerNumber = "+44 20 7946 0178" });

        var listed = await emulator.Graph().Communications.CallRecords.GetAsync(r => r.QueryParameters.Filter = $"participants_v2/any(p:p/id eq '{DemoUsers.Alex}')");

        Assert.Contains(listed!.Value!, r => r.Id == alexs.GetProperty("id").GetString());
        Assert.All(listed.Value!, r => Assert.NotEqual(DemoUsers.Megan, r.OrganizerV2!.Id));
    }

    [Theory]
    [InlineData("type eq 'peerToPeer'")]
    [InlineData("lastModifiedDateTime ge 2026-01-01T00:00:00Z")]
    [InlineData("startDateTime eq 2026-01-01T00:00:00Z")]
    public async Task Listing_refuses_any_other_filter(string filter)
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => emulator.Graph().Communications.CallRecords.GetAsync(r => r.QueryParameters.Filter = filter));

        Assert.Equal(400, error.ResponseStatusCode);
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
        Assert.Equal(4, rows.Count);
        Assert.Equal(3, rows.Count(r => r.UserId == DemoUsers.Megan));
        Assert.Equal(1, rows.Count(r => r.UserId == DemoUsers.Lidia));
        Assert.Equal("+442079460555", Assert.Single(recent!.Value!).CallerNumber);
    }
}
