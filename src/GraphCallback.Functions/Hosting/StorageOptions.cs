namespace GraphCallback.Functions.Hosting;

/// <summary>Where the app's Table and Queue storage lives: configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Storage:ConnectionString</c>; by default the local Azurite emulator.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary><c>Storage:SchemaRetryDelay</c>: how long start-up waits before trying again to create tables and queues.</summary>
    public TimeSpan SchemaRetryDelay { get; set; } = TimeSpan.FromSeconds(15);
}
