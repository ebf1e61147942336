using GraphCallback.GraphEmulator.Tests.Support;

namespace GraphCallback.GraphEmulator.Tests.Platform;

[Collection(EmulatorCollection.Name)]
public sealed class ControlApiTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task The_control_index_lists_the_emulated_routes()
    {
        var routes = (await emulator.ControlGetAsync(string.Empty)).EnumerateArray().Select(r => r.GetString()).ToList();

        Assert.Contains("GET /v1.0/users/{user}/mailFolders/{folder}/messages/delta", routes);
        Assert.Contains("POST /v1.0/subscriptions", routes);
        Assert.Contains("POST /{tenant}/oauth2/v2.0/token", routes);
    }

    [Fact]
    public async Task Reset_empties_the_tenant_until_a_scenario_is_loaded_again()
    {
        (await emulator.Control.PostAsync("reset", null)).EnsureSuccessStatusCode();
        var empty = await emulator.Graph().Users.GetAsync();
        await emulator.ResetAsync();
        var loaded = await emulator.Graph().Users.GetAsync();

        Assert.Empty(empty!.Value!);
        Assert.Equal(3, loaded!.Value!.Count);
    }
}
