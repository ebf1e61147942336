using Azure.Data.Tables;
using Azure.Storage.Queues;
using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests.Azurite;

/// <summary>An Azurite with a data folder comes back from a restart on the same ports with its tables and queues.</summary>
public sealed class AzuriteRestartTests : IAsyncLifetime
{
    private readonly string _location = Path.Combine(Path.GetTempPath(), "graphcallback-azurite-" + Guid.NewGuid().ToString("N"));
    private AzuriteFixture _azurite = null!;

    public async Task InitializeAsync()
    {
        _azurite = AzuriteFixture.InFolder(_location);
        await _azurite.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _azurite.DisposeAsync();
        Directory.Delete(_location, recursive: true);
    }

    [Fact]
    public async Task A_row_and_a_message_written_before_a_restart_are_there_after_it()
    {
        var table = new TableClient(_azurite.ConnectionString, "restarts");
        var queue = new QueueClient(_azurite.ConnectionString, "restarts");
        await table.CreateIfNotExistsAsync();
        await queue.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = "kept" });
        await queue.SendMessageAsync("kept");
        var before = _azurite.ProcessId;

        await _azurite.RestartAsync();

        Assert.NotEqual(before, _azurite.ProcessId);
        var row = await table.GetEntityAsync<TableEntity>("p", "r");
        Assert.Equal("kept", row.Value.GetString("Value"));
        var message = await queue.ReceiveMessageAsync();
        Assert.Equal("kept", message.Value.MessageText);
    }

    [Fact]
    public async Task An_in_memory_Azurite_refuses_to_restart()
    {
        await using var inMemory = new AzuriteFixture();

        await Assert.ThrowsAsync<InvalidOperationException>(() => inMemory.RestartAsync());
    }
}
