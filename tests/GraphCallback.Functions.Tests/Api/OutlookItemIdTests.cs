using GraphCallback.Functions.FollowUps;

namespace GraphCallback.Functions.Tests.Api;

/// <summary>EWS item ids from Office.js become the REST ids Graph gave us; REST ids pass unchanged.</summary>
public sealed class OutlookItemIdTests
{
    [Theory]
    [InlineData("AAMkAD/x+y=", "AAMkAD-x_y=")]
    [InlineData("AAMkAD%2Fx%2By%3D", "AAMkAD-x_y=")]
    [InlineData("AAMkAD-x_y=", "AAMkAD-x_y=")]
    public void Converts_ews_ids_to_rest_ids(string itemId, string rest) =>
        Assert.Equal(rest, OutlookItemId.ToRest(itemId));
}
