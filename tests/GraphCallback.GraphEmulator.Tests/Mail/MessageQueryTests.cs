using System.Text;
using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.GraphEmulator.Tests.Mail;

[Collection(EmulatorCollection.Name)]
public sealed class MessageQueryTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Expand_returns_only_the_requested_extended_properties_with_their_values()
    {
        var graph = emulator.Graph();
        var page = await graph.Users[DemoUsers.MeganUpn].MailFolders["inbox"].Messages.GetAsync(r =>
        {
            r.QueryParameters.Expand = [VoicemailPropertyIds.Expand(VoicemailPropertyIds.MessageClass, VoicemailPropertyIds.CallerNumber, VoicemailPropertyIds.DurationSeconds, VoicemailPropertyIds.AsrData)];
            r.QueryParameters.Top = 50;
        });

        var latest = page!.Value!.First();
        var properties = latest.SingleValueExtendedProperties!.ToDictionary(p => p.Id!, p => p.Value);
        // Tagged ids come back as Exchange echoes them; named ones as asked.
        Assert.Equal("IPM.Note.Microsoft.Voicemail.UM.CA", properties["String 0x1a"]);
        Assert.Equal("+44 20 7946 0555", properties["String 0x6802"]);
        Assert.Equal("42", properties["Integer 0x6801"]);
        Assert.Contains("boiler in the east wing", Encoding.UTF8.GetString(Convert.FromBase64String(properties[VoicemailPropertyIds.AsrData]!)), StringComparison.Ordinal);
        Assert.Equal(4, properties.Count);
        Assert.Null(latest.Attachments);
    }

    [Fact]
    public async Task Extended_properties_are_absent_unless_expanded()
    {
        var page = await emulator.Graph().Users[DemoUsers.Megan].MailFolders["inbox"].Messages.GetAsync();

        Assert.All(page!.Value!, m => Assert.Null(m.SingleValueExtendedProperties));
    }

    [Fact]
    public async Task Any_filter_on_an_extended_property_selects_missed_call_notifications()
    {
        var page = await emulator.Graph().Users[DemoUsers.Megan].MailFolders["inbox"].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"singleValueExtendedProperties/any(ep: ep/id eq '{VoicemailPropertyIds.MessageClass}' and contains(ep/value, 'Missed.Voice'))";
            r.QueryParameters.Top = 50;
        });

        Assert.Equal(3, page!.Value!.Count);
        Assert.All(page.Value!, m => Assert.StartsWith("Missed call from", m.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReceivedDateTime_range_filter_keeps_only_messages_inside_it()
    {
        var graph = emulator.Graph();
        var all = await graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.GetAsync(r => r.QueryParameters.Top = 50);
        var times = all!.Value!.Select(m => m.ReceivedDateTime!.Value).OrderBy(t => t).ToList();
        var from = times[2];
        var to = times[^2];

        var page = await graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"receivedDateTime ge {from.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ} and receivedDateTime lt {to.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ}";
            r.QueryParameters.Top = 50;
        });

        Assert.Equal(times.Count - 4, page!.Value!.Count);
        Assert.All(page.Value!, m => Assert.InRange(m.ReceivedDateTime!.Value, from, to.AddTicks(-1)));
    }

    [Fact]
    public async Task A_malformed_filter_is_a_400_BadRequest()
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => emulator.Graph().Users[DemoUsers.Megan].Messages.GetAsync(r =>
            r.QueryParameters.Filter = "receivedDateTime ge and (subject eq 'x'"));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("BadRequest", error.Error?.Code);
    }

    [Fact]
    public async Task Select_returns_only_the_selected_properties()
    {
        var page = await emulator.Graph().Users[DemoUsers.Megan].Messages.GetAsync(r => r.QueryParameters.Select = ["subject"]);

        var message = page!.Value!.First();
        Assert.NotNull(message.Id);
        Assert.NotNull(message.Subject);
        Assert.Null(message.ReceivedDateTime);
        Assert.Null(message.Body);
    }

    [Fact]
    public async Task The_page_iterator_walks_every_message_with_top_as_page_size()
    {
        var graph = emulator.Graph();
        var first = await graph.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.GetAsync(r => r.QueryParameters.Top = 2);
        Assert.NotNull(first!.OdataNextLink);

        var ids = new List<string>();
        var iterator = PageIterator<Message, MessageCollectionResponse>.CreatePageIterator(graph, first, m =>
        {
            ids.Add(m.Id!);
            return true;
        });
        await iterator.IterateAsync();

        Assert.Equal(9, ids.Count);
        Assert.Equal(9, ids.Distinct().Count());
    }

    [Fact]
    public async Task Prefer_maxpagesize_sets_the_page_size()
    {
        var page = await emulator.Graph().Users[DemoUsers.Megan].MailFolders["inbox"].Messages.GetAsync(r =>
            r.Headers.Add("Prefer", "odata.maxpagesize=4"));

        Assert.Equal(4, page!.Value!.Count);
        Assert.NotNull(page.OdataNextLink);
    }
}
