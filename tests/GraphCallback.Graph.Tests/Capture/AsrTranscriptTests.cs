using System.Text;
using GraphCallback.Graph.Capture;

namespace GraphCallback.Graph.Tests.Capture;

public class AsrTranscriptTests
{
    [Fact]
    public void The_text_of_an_XML_transcription_is_read_in_order()
    {
        var xml = "<?xml version=\"1.0\"?><ASR lang=\"en-US\"><Information><Text>Hi, it's Ana.</Text><Text>Please call me back.</Text></Information></ASR>";

        Assert.Equal("Hi, it's Ana. Please call me back.", AsrTranscript.Decode(Convert.ToBase64String(Encoding.UTF8.GetBytes(xml))));
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<ASR><Text>Grüße aus Köln</Text></ASR>")).ToArray();

        Assert.Equal("Grüße aus Köln", AsrTranscript.Decode(Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Plain_text_is_taken_as_it_is()
    {
        Assert.Equal("call me", AsrTranscript.Decode(Convert.ToBase64String(Encoding.UTF8.GetBytes(" call me \n"))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    public void Missing_or_broken_data_is_no_transcript(string? value)
    {
        Assert.Null(AsrTranscript.Decode(value));
    }

    [Fact]
    public void A_document_with_a_DTD_is_refused_rather_than_expanded()
    {
        var bomb = "<!DOCTYPE a [<!ENTITY x \"xxxxxxxxxx\"><!ENTITY y \"&x;&x;&x;&x;\">]><a>&y;</a>";

        Assert.Null(AsrTranscript.Decode(Convert.ToBase64String(Encoding.UTF8.GetBytes(bomb))));
    }
}
