using GraphCallback.Benchmarks.Workload;

namespace GraphCallback.Benchmarks.Loopback;

/// <summary>The app settings a deployment would carry, pointed at this run's Azurite and emulator.</summary>
internal static class AppSettings
{
    public static Dictionary<string, string?> For(string storageConnectionString, EmulatorProcess emulator, Uri appUrl) => new()
    {
        ["Storage:ConnectionString"] = storageConnectionString,
        ["Graph:BaseUrl"] = new Uri(emulator.GraphUrl, "/v1.0").ToString(),
        ["AzureAd:Instance"] = emulator.HttpsUrl.ToString(),
        ["AzureAd:TenantId"] = "organizations",
        ["AzureAd:ClientId"] = BenchTenant.ClientId,
        ["AzureAd:ClientSecret"] = BenchTenant.ClientSecret,
        ["AzureAd:DisableInstanceDiscovery"] = "true",
        ["Network:TrustedCertificatePath"] = emulator.CertificatePath,
        ["Webhook:PublicBaseUrl"] = appUrl.ToString(),
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>The same settings as environment variables, with the "__" separator the host reads.</summary>
    public static Dictionary<string, string> AsEnvironment(IReadOnlyDictionary<string, string?> settings) =>
        settings.Where(s => s.Value is not null).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
}
