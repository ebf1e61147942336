using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.GraphEmulator.Tests.Directory;

[Collection(EmulatorCollection.Name)]
public sealed class UsersTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task A_user_is_found_by_id_and_by_user_principal_name()
    {
        var graph = emulator.Graph();

        var byId = await graph.Users[DemoUsers.Megan].GetAsync();
        var byUpn = await graph.Users[DemoUsers.MeganUpn].GetAsync();

        Assert.Equal("Megan Bowen", byId!.DisplayName);
        Assert.Equal(DemoUsers.Megan, byUpn!.Id);
    }

    [Fact]
    public async Task An_unknown_user_is_a_404_OData_error()
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => emulator.Graph().Users["nobody@contoso.example"].GetAsync());

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("Request_ResourceNotFound", error.Error?.Code);
        Assert.NotNull(error.Error?.InnerError?.RequestId);
    }
}
