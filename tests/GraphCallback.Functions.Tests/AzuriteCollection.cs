using GraphCallback.Testing;

namespace GraphCallback.Functions.Tests;

/// <summary>The tests that need storage share one real Azurite; each works on its own queues.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
