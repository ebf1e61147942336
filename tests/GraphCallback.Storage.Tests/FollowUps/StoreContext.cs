using Azure.Data.Tables;
using GraphCallback.Core.Callers;
using GraphCallback.Core.Calls;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Intake;
using GraphCallback.Core.Sla;
using GraphCallback.Core.Users;
using GraphCallback.Storage.FollowUps;
using GraphCallback.Testing;
using Microsoft.Extensions.Time.Testing;

namespace GraphCallback.Storage.Tests.FollowUps;

/// <summary>A follow-up store on Azurite for one test: its own table, a fresh user, a fake clock.</summary>
internal sealed class StoreContext
{
    public static readonly DateTimeOffset Monday10 = new(2026, 6, 8, 10, 0, 0, TimeSpan.FromHours(2));

    public static readonly UserPolicy Policy = new(
        WorkingHours.Default(UserTimeZone.Find("Europe/Berlin")), SlaPolicy.Default, PriorityRules.Default);

    private StoreContext(AzuriteFixture azurite, string table)
    {
        Service = new TableServiceClient(azurite.ConnectionString);
        Table = Service.GetTableClient(table);
        Store = new FollowUpStore(Service, Time, table);
    }

    public FakeTimeProvider Time { get; } = new(Monday10);

    public TableServiceClient Service { get; }

    public TableClient Table { get; }

    public FollowUpStore Store { get; }

    public UserKey User { get; } = new(Guid.NewGuid().ToString(), Guid.NewGuid().ToString());

    public static async Task<StoreContext> CreateAsync(AzuriteFixture azurite)
    {
        var context = new StoreContext(azurite, "t" + Guid.NewGuid().ToString("N"));
        await context.Store.CreateTableIfNotExistsAsync();
        return context;
    }

    public static CallEvent Call(string sourceId, DateTimeOffset at, string number = "+4930111222", CallerKind kind = CallerKind.KnownContact) =>
        new(new CallEventKey(CallSourceKind.Voicemail, sourceId), new Caller(PhoneNumber.Parse(number, "DE"), "Ana Lima", Kind: kind), at,
            TimeSpan.FromSeconds(30), "Hi, it's Ana about the contract");

    public async Task<int> RowCountAsync()
    {
        var count = 0;
        await foreach (var unused in Table.QueryAsync<TableEntity>($"PartitionKey eq '{User.PartitionKey}'"))
        {
            count++;
        }

        return count;
    }
}
