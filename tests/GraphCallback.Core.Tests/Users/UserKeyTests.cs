using GraphCallback.Core.Users;

namespace GraphCallback.Core.Tests.Users;

public class UserKeyTests
{
    [Fact]
    public void The_partition_key_joins_tenant_and_object_id_and_parses_back()
    {
        var user = new UserKey("72F988BF-86F1-41AF-91AB-2D7CD011DB47", "{00000000-0000-0000-0000-000000000001}");

        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47_00000000-0000-0000-0000-000000000001", user.PartitionKey);
        Assert.Equal(user, UserKey.FromPartitionKey(user.PartitionKey));
    }

    [Theory]
    [InlineData("tenant/../other", "00000000-0000-0000-0000-000000000001")]
    [InlineData("72f988bf-86f1-41af-91ab-2d7cd011db47", "")]
    public void Ids_that_are_not_GUIDs_are_refused(string tenant, string objectId)
    {
        Assert.Throws<ArgumentException>(() => new UserKey(tenant, objectId));
    }
}
