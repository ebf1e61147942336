using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Tests.Mail;
using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.CallRecords;
using Microsoft.Kiota.Abstractions;

namespace GraphCallback.GraphEmulator.Tests.Fidelity;

/// <summary>
/// Emulator responses, fetched with the SDK's own request builders, against Microsoft's documented
/// example responses (Fidelity/Data, each with its source URL): same property names, same JSON
/// types, and nothing the SDK model does not know. The emulator omits @odata.context and @odata.id,
/// which the SDK ignores.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class DocumentedShapeTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_message_with_an_expanded_extended_property_has_the_documented_shape()
    {
        var documented = JsonShape.Documented("message-with-extended-property.json");
        var graph = emulator.Graph();
        var id = (await emulator.ControlPostAsync($"users/{DemoUsers.Megan}/voicemails", new { callerNumber = "+44 20 7946 0180", durationSeconds = 4 })).GetProperty("id").GetString();

        var actual = await RawAsync(graph, graph.Users[DemoUsers.Megan].Messages[id].ToGetRequestInformation(r =>
            r.QueryParameters.Expand = [VoicemailPropertyIds.Expand(VoicemailPropertyIds.MessageClass)]));

        Assert.Empty(JsonShape.TypeMismatches(documented, actual));
        Assert.Empty(JsonShape.Missing(actual, "@odata.etag", "id", "subject", "sender/emailAddress/name", "sender/emailAddress/address", "toRecipients[0]/emailAddress/address", "singleValueExtendedProperties[0]/id", "singleValueExtendedProperties[0]/value"));
        var model = GraphJsonModel(actual, Message.CreateFromDiscriminatorValue);
        Assert.Equal(["@odata.etag"], model.AdditionalData.Keys);
    }

    [Fact]
    public async Task A_call_record_with_sessions_and_segments_has_the_documented_shape()
    {
        var documented = JsonShape.Documented("callrecord-sessions-segments.json");
        var graph = emulator.Graph();
        var id = (await emulator.ControlPostAsync("callRecords", new { callee = DemoUsers.Megan, callerUser = DemoUsers.Alex, answered = true, durationSeconds = 25 })).GetProperty("id").GetString();

        var actual = await RawAsync(graph, graph.Communications.CallRecords[id].ToGetRequestInformation(r => r.QueryParameters.Expand = ["sessions($expand=segments)"]));

        Assert.Empty(JsonShape.TypeMismatches(documented, actual));
        Assert.Empty(JsonShape.Missing(
            actual,
            "version", "type", "modalities[0]", "lastModifiedDateTime", "startDateTime", "endDateTime", "id",
            "organizer_v2/id", "organizer_v2/identity/user/id", "organizer_v2/identity/user/displayName", "organizer_v2/identity/user/tenantId",
            "sessions[0]/id", "sessions[0]/modalities[0]", "sessions[0]/startDateTime", "sessions[0]/endDateTime", "sessions[0]/isTest",
            "sessions[0]/caller/@odata.type", "sessions[0]/caller/userAgent/@odata.type", "sessions[0]/caller/associatedIdentity/id",
            "sessions[0]/callee/associatedIdentity/userPrincipalName", "sessions[0]/segments[0]/id", "sessions[0]/segments[0]/startDateTime"));
        var model = GraphJsonModel(actual, CallRecord.CreateFromDiscriminatorValue);
        Assert.Empty(model.AdditionalData);
        Assert.Empty(model.Sessions!.Single().AdditionalData);
    }

    private static async Task<JsonObject> RawAsync(GraphServiceClient graph, RequestInformation request)
    {
        await using var stream = await graph.RequestAdapter.SendPrimitiveAsync<Stream>(request);
        return JsonNode.Parse(stream!)!.AsObject();
    }

    // Parsing with the SDK's model shows which names it does not know: they land in AdditionalData.
    private static T GraphJsonModel<T>(JsonObject json, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<T> factory)
        where T : Microsoft.Kiota.Abstractions.Serialization.IParsable
    {
        using var document = System.Text.Json.JsonDocument.Parse(json.ToJsonString());
        return new Microsoft.Kiota.Serialization.Json.JsonParseNode(document.RootElement).GetObjectValue(factory)!;
    }
}
