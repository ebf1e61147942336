using System.Net.Http.Json;

namespace GraphCallback.EndToEnd.Tests.Support;

/// <summary>Pausing a Graph request at the emulator (a Hold fault) until the test lets it go on.</summary>
internal static class HeldRequests
{
    /// <summary>The next request matching <paramref name="method"/> and <paramref name="route"/> (a route template) waits at the emulator.</summary>
    public static async Task HoldNextAsync(this SystemUnderTest system, string method, string route)
    {
        using var response = await system.Control.PostAsJsonAsync("faults", new { kind = "Hold", method, route, count = 1 });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Returns once the held request has reached the emulator and waits there.</summary>
    public static async Task HeldAsync(this SystemUnderTest system)
    {
        using var response = await system.Control.GetAsync("faults/held?atLeast=1");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Lets every held request go on.</summary>
    public static async Task ReleaseHeldAsync(this SystemUnderTest system)
    {
        using var response = await system.Control.PostAsync("faults/release", null);
        response.EnsureSuccessStatusCode();
    }
}
