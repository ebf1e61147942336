using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.OData;

namespace GraphCallback.GraphEmulator.Tests.Platform;

public sealed class FilterParserTests
{
    private static readonly JsonObject Message = JsonNode.Parse("""
        {
          "subject": "Voice Mail (42 seconds)",
          "receivedDateTime": "2024-05-01T10:00:00.0000000+00:00",
          "isRead": false,
          "categories": ["Client", "VIP"],
          "singleValueExtendedProperties": [
            { "id": "String 0x001A", "value": "IPM.Note.Microsoft.Voicemail.UM.CA" },
            { "id": "Integer 0x6801", "value": "42" }
          ]
        }
        """)!.AsObject();

    [Theory]
    [InlineData("receivedDateTime ge 2024-05-01T10:00:00Z and receivedDateTime lt 2024-05-01T11:00:00Z", true)]
    [InlineData("receivedDateTime gt 2024-05-01T10:00:00Z", false)]
    [InlineData("singleValueExtendedProperties/Any(ep: ep/id eq 'String 0x001A' and startswith(ep/value, 'IPM.Note.Microsoft.Voicemail'))", true)]
    [InlineData("singleValueExtendedProperties/any(ep: ep/id eq 'Integer 0x6801' and ep/value ge 60)", false)]
    [InlineData("categories/any(c: c eq 'vip')", true)]
    [InlineData("not (isRead eq true) and (subject eq 'x' or contains(subject, 'voice mail'))", true)]
    [InlineData("subject eq 'It''s'", false)]
    public void Filters_evaluate_against_Graph_JSON(string filter, bool expected) =>
        Assert.Equal(expected, FilterEvaluator.Matches(FilterParser.Parse(filter), Message));

    [Theory]
    [InlineData("receivedDateTime ge")]
    [InlineData("(subject eq 'x'")]
    [InlineData("subject eq 'unterminated")]
    [InlineData("contains(subject)")]
    [InlineData("subject eq 'a' extra")]
    public void Malformed_filters_are_bad_requests(string filter)
    {
        var error = Assert.Throws<GraphErrorException>(() => FilterParser.Parse(filter));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.Status);
    }
}
