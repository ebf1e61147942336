using System.Text;
using System.Text.Json;
using GraphCallback.Functions.Capture;

namespace GraphCallback.Functions.Tests.Capture;

/// <summary>How verified notifications are packed into queue messages and read back.</summary>
public sealed class CaptureWorkTests
{
    // The Storage queue's limit for one message, which holds the base64 of our text.
    private const int QueueMessageLimit = 64 * 1024;

    [Fact]
    public void Items_too_many_for_one_message_are_split_across_as_few_as_hold_them_in_order()
    {
        var items = Enumerable.Range(0, 400).Select(Item).ToList();

        var messages = CaptureWork.Pack(items).ToList();

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(Base64Length(m) <= QueueMessageLimit, $"{Base64Length(m)} bytes after base64"));
        Assert.Equal(items, messages.SelectMany(CaptureWork.Unpack));

        // As few as hold them: no message had room for the item that starts the next one.
        foreach (var (full, next) in messages.Zip(messages.Skip(1)))
        {
            var grown = full[..^1] + "," + JsonSerializer.Serialize(CaptureWork.Unpack(next)[0]) + "]";
            Assert.True(Base64Length(grown) > QueueMessageLimit);
        }
    }

    [Fact]
    public void A_few_items_make_one_message()
    {
        var items = Enumerable.Range(0, 3).Select(Item).ToList();

        var message = Assert.Single(CaptureWork.Pack(items));

        Assert.Equal(items, CaptureWork.Unpack(message));
    }

    [Fact]
    public void No_items_make_no_message() => Assert.Empty(CaptureWork.Pack([]));

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"SubscriptionId\":\"s\"}")]
    [InlineData("[]")]
    [InlineData("[null]")]
    public void A_message_that_is_not_an_array_of_items_is_invalid_data(string message) =>
        Assert.Throws<InvalidDataException>(() => CaptureWork.Unpack(message));

    private static int Base64Length(string text) => (Encoding.UTF8.GetByteCount(text) + 2) / 3 * 4;

    // Realistic sizes: Graph's message ids are about 150 characters, its resource paths longer.
    private static CaptureWork Item(int n) => new(
        Guid.NewGuid().ToString(),
        $"{Guid.NewGuid()}_{Guid.NewGuid()}",
        Guid.NewGuid().ToString(),
        "InboxMessages",
        "created",
        $"Users/{Guid.NewGuid()}/Messages/AAMkAD{new string('x', 140)}{n}",
        $"AAMkAD{new string('x', 140)}{n}",
        null);
}
