using System.Net.Http.Json;
using System.Text.Json;

namespace GraphCallback.EndToEnd.Tests.Support;

/// <summary>Calls on the emulator's control API that tests share.</summary>
internal static class Emulator
{
    /// <summary>Puts a voicemail (kind "voicemails") or missed-call mail ("missedCalls") into a user's inbox now.</summary>
    public static async Task<DateTimeOffset> DeliverCallMailAsync(this SystemUnderTest system, string user, string kind, string number, string? name = null, string? transcript = null)
    {
        using var response = await system.Control.PostAsJsonAsync($"users/{user}/{kind}", new { callerNumber = number, callerName = name, durationSeconds = 20, transcript });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("receivedDateTime").GetDateTimeOffset();
    }

    /// <summary>
    /// Makes the next <paramref name="count"/> inbox notifications fail the way <paramref name="kind"/>
    /// says; To Do's notifications, which the app's own task writes cause, pass untouched.
    /// </summary>
    public static async Task InjectNotificationFaultAsync(this SystemUnderTest system, string kind, int count = 1)
    {
        using var response = await system.Control.PostAsJsonAsync("faults", new { kind, count, route = "messages" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Records a Teams call to <paramref name="callee"/> from a phone number; returns the call record id.</summary>
    public static async Task<string> RecordCallAsync(this SystemUnderTest system, string callee, string callerNumber, bool answered)
    {
        using var response = await system.Control.PostAsJsonAsync("callRecords", new { callee, callerNumber, answered, durationSeconds = answered ? 120 : 0 });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Records a Teams call with the control API's full options (failureStage, earlierRings, ...); returns the call record id.</summary>
    public static async Task<string> RecordCallAsync(this SystemUnderTest system, object call)
    {
        using var response = await system.Control.PostAsJsonAsync("callRecords", call);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Makes Graph write the next version of call record <paramref name="id"/>, as <paramref name="call"/> describes the call now.</summary>
    public static async Task ReviseCallRecordAsync(this SystemUnderTest system, string id, object call)
    {
        using var response = await system.Control.PostAsJsonAsync($"callRecords/{id}/revisions", call);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Adds an inbound PSTN call log row for <paramref name="user"/>.</summary>
    public static async Task LogPstnCallAsync(this SystemUnderTest system, string user, string callerNumber, int durationSeconds)
    {
        using var response = await system.Control.PostAsJsonAsync("pstnCalls", new { user, callerNumber, calleeNumber = "+44 20 7946 0101", durationSeconds, callType = "user_in" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The Graph requests the emulator served with a delegated (user) token, by "METHOD route".</summary>
    public static async Task<Dictionary<string, int>> DelegatedRequestsAsync(this SystemUnderTest system) =>
        await system.Control.GetFromJsonAsync<Dictionary<string, int>>("counters/delegated") ?? [];

    /// <summary>Replaces everything in the emulator with <paramref name="scenario"/> (a scenario document).</summary>
    public static async Task LoadScenarioAsync(this SystemUnderTest system, object scenario)
    {
        using var response = await system.Control.PostAsJsonAsync("scenario", scenario);
        response.EnsureSuccessStatusCode();
    }
}
