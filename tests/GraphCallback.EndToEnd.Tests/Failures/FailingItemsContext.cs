using System.Net.Http.Json;
using Azure.Data.Tables;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Functions.Hosting;
using GraphCallback.Storage.Failures;

namespace GraphCallback.EndToEnd.Tests.Failures;

/// <summary>What the failing-item tests share: the emulator's own second tenant, one item's fault, a timer run, the marks.</summary>
internal static class FailingItemsContext
{
    /// <summary>The tenant every emulator has beside its scenario's (TenantRegistry.FallbackTenant): app tokens for it are issued.</summary>
    public const string OtherTenant = "8f0c4a8e-6a1c-4b8e-9d3c-2b6f1e0a7c11";

    /// <summary>Makes every request that <paramref name="fault"/> matches fail (403 unless it says otherwise) until the faults are cleared.</summary>
    public static async Task FailAsync(this SystemUnderTest system, object fault)
    {
        using var response = await system.Control.PostAsJsonAsync("faults", fault);
        response.EnsureSuccessStatusCode();
    }

    public static async Task ClearFaultsAsync(this SystemUnderTest system)
    {
        using var response = await system.Control.DeleteAsync("faults");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>One firing of a timer, as the host would make it.</summary>
    public static Task RunTimerAsync(this SystemUnderTest system, string name) =>
        system.App.Services.GetRequiredService<FunctionInvoker>().RunTimerAsync(name, new TimerTick(false, null, null), CancellationToken.None);

    /// <summary>The failing items of <paramref name="work"/>, by item.</summary>
    public static Task<IReadOnlyDictionary<string, FailureMarker>> MarkedAsync(this SystemUnderTest system, string work) =>
        new FailureMarkers(new TableServiceClient(system.Azurite.ConnectionString)).OfAsync(work);
}
