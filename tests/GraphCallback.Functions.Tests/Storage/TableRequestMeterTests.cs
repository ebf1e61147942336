using Azure.Data.Tables;
using GraphCallback.Functions.Tests.Support;
using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests.Storage;

/// <summary>The app's Table Storage client reports every request it sends, as benchmarks count them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableRequestMeterTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Every_request_of_the_apps_table_client_is_counted_with_its_method()
    {
        using var root = new ScriptRoot();
        await using var app = TestApp.Build(root.Path, settings: new Dictionary<string, string?> { ["Storage:ConnectionString"] = azurite.ConnectionString });
        using var requests = new TableRequestLog(app.Services);

        var table = app.Services.GetRequiredService<TableServiceClient>().GetTableClient("meter" + Guid.NewGuid().ToString("N")[..12]);
        await table.CreateIfNotExistsAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "r"));
        await table.GetEntityIfExistsAsync<TableEntity>("p", "r");
        await table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity("p", "s"))]);

        Assert.Equal(["POST", "PATCH", "GET", "POST"], requests.Methods);
    }
}
