using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace GraphCallback.EndToEnd.Tests.CallBackBlocks;

/// <summary>
/// Another instance's storage pipeline that dies where a crash hurts most: the event is already
/// deleted from the calendar, and the write that records the block as gone never leaves.
/// </summary>
internal sealed class RemovalSaveCrash : HttpPipelinePolicy
{
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (DayRows.IsWrite(message.Request) && RecordsRemoval(message.Request))
        {
            throw new IOException("The instance died after deleting the event, before saving the day.");
        }

        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The stores call storage asynchronously.");

    private static bool RecordsRemoval(Request request)
    {
        using var body = new MemoryStream();
        request.Content?.WriteTo(body, CancellationToken.None);
        return Encoding.UTF8.GetString(body.ToArray()).Contains("\"State\":\"None\"", StringComparison.Ordinal);
    }
}
