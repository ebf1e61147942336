using System.Globalization;
using System.Text.Json.Nodes;
using GraphCallback.Core.Users;

namespace GraphCallback.Benchmarks.Workload;

/// <summary>
/// A synthetic tenant of <see cref="Users"/> users for the emulator: spread over four time zones,
/// each with two client contacts whose numbers some of the calls come from, so caller resolution
/// does real work. Numbers are in Ofcom's range for fiction (020 7946 0xxx).
/// </summary>
/// <param name="users">How many.</param>
/// <param name="zones">Their mailbox time zones (Windows ids), in turn; four by default.</param>
internal sealed class BenchTenant(int users, IReadOnlyList<string>? zones = null)
{
    public const string TenantId = "b3e7c1a0-5d2f-4e8a-9c6b-0a1b2c3d4e5f";
    public const string ClientId = "c4f8d2b1-6e3a-4f9b-8d7c-1b2c3d4e5f60";
    public const string ClientSecret = "bench-secret-not-for-production";

    private static readonly string[] DefaultZones = ["GMT Standard Time", "Eastern Standard Time", "W. Europe Standard Time", "AUS Eastern Standard Time"];
    private static readonly string[] WorkingDays = ["monday", "tuesday", "wednesday", "thursday", "friday"];

    private readonly IReadOnlyList<string> _zones = zones ?? DefaultZones;

    public int Users { get; } = users;

    public static string UserId(int index) => $"00000000-0000-4000-8000-{index.ToString("D12", CultureInfo.InvariantCulture)}";

    public static UserKey UserKey(int index) => new(TenantId, UserId(index));

    /// <summary>A caller's number, distinct for each call index below 1,000 (per user, which is all that merging looks at).</summary>
    public static string CallerNumber(int call) => "+44 20 7946 " + (call % 1000).ToString("D4", CultureInfo.InvariantCulture);

    public IEnumerable<UserKey> Keys => Enumerable.Range(0, Users).Select(UserKey);

    /// <summary>The user's mailbox time zone (a Windows id, as Exchange reports it).</summary>
    public string ZoneOf(int index) => _zones[index % _zones.Count];

    /// <summary>The user's address, which getSchedule knows their mailbox by.</summary>
    public static string Address(int index) => "user" + index.ToString(CultureInfo.InvariantCulture) + "@bench.example";

    /// <summary>Their working hours, as the scenario gives them to the emulator.</summary>
    public static (TimeOnly Start, TimeOnly End) Hours => (new TimeOnly(8, 30), new TimeOnly(17, 30));

    /// <summary>The scenario document the emulator's control API loads (POST /_emulator/scenario).</summary>
    public JsonObject Scenario() => new()
    {
        ["tenant"] = new JsonObject { ["id"] = TenantId, ["displayName"] = "Bench Plumbing", ["domain"] = "bench.example" },
        ["apps"] = new JsonArray(new JsonObject { ["clientId"] = ClientId, ["clientSecret"] = ClientSecret, ["displayName"] = "GraphCallback" }),
        ["users"] = new JsonArray([.. Enumerable.Range(0, Users).Select(User)]),
    };

    private JsonNode User(int index)
    {
        var zone = ZoneOf(index);
        return new JsonObject
        {
            ["id"] = UserId(index),
            ["userPrincipalName"] = Address(index),
            ["displayName"] = "Bench User " + index.ToString(CultureInfo.InvariantCulture),
            ["timeZone"] = zone,
            ["workingHours"] = new JsonObject
            {
                ["daysOfWeek"] = new JsonArray([.. WorkingDays.Select(d => (JsonNode)d)]),
                ["startTime"] = Hours.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["endTime"] = Hours.End.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["timeZone"] = zone,
            },
            ["contacts"] = new JsonArray(Contact("Client One", CallerNumber(1)), Contact("Client Two", CallerNumber(2))),
        };
    }

    private static JsonObject Contact(string name, string number) => new()
    {
        ["displayName"] = name,
        ["companyName"] = "Fabrikam",
        ["businessPhones"] = new JsonArray(number),
        ["categories"] = new JsonArray("Client"),
    };
}
