using GraphCallback.Testing;

namespace GraphCallback.Storage.Tests;

/// <summary>All storage tests share one real Azurite; each test works in its own user partition or table.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
