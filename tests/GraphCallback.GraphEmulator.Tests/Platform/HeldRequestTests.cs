using GraphCallback.GraphEmulator.Tests.Support;

namespace GraphCallback.GraphEmulator.Tests.Platform;

/// <summary>A Hold fault parks the requests it matches until the control API lets them go on; others pass meanwhile.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class HeldRequestTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_held_request_waits_until_released_while_the_next_matching_one_passes()
    {
        await emulator.ControlPostAsync("faults", new { kind = "Hold", route = "/v1.0/users/{user}", method = "GET", count = 1 });
        var graph = emulator.Graph();

        var held = graph.Users[DemoUsers.Megan].GetAsync();
        var parked = await emulator.ControlGetAsync("faults/held?atLeast=1");
        var passed = await graph.Users[DemoUsers.Alex].GetAsync();
        var waitedMeanwhile = !held.IsCompleted;
        var released = await emulator.ControlPostAsync("faults/release", new { });

        Assert.Equal(1, parked.GetProperty("held").GetInt32());
        Assert.True(waitedMeanwhile);
        Assert.Equal("Alex Wilber", passed!.DisplayName);
        Assert.Equal(1, released.GetProperty("released").GetInt32());
        Assert.Equal("Megan Bowen", (await held)!.DisplayName);
    }
}
