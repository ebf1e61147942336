using System.Text.Json;
using System.Text.RegularExpressions;
using GraphCallback.Graph.Connection;
using GraphCallback.Testing;

namespace GraphCallback.Graph.Tests.Connection;

/// <summary>One list of permissions: the code's, the README's and the emulator's demo registration are the same.</summary>
public sealed partial class GraphPermissionsTests
{
    [Fact]
    public void The_readme_lists_exactly_the_permissions_the_code_declares()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "README.md"));

        Assert.Equal(GraphPermissions.Application.Order(), Listed(readme, "- application:"));
        Assert.Equal(GraphPermissions.Delegated.Order(), Listed(readme, "- delegated"));
    }

    [Fact]
    public void The_emulators_demo_registration_grants_exactly_those_permissions()
    {
        var demo = Path.Combine(RepositoryRoot.Path, "src", "GraphCallback.GraphEmulator", "Scenarios", "demo.json");
        using var scenario = JsonDocument.Parse(File.ReadAllText(demo), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var app = Assert.Single(scenario.RootElement.GetProperty("apps").EnumerateArray(), a => a.GetProperty("displayName").GetString() == "GraphCallback");

        Assert.Equal(GraphPermissions.Application.Order(), Strings(app.GetProperty("roles")));
        Assert.Equal(GraphPermissions.Delegated.Order(), Strings(app.GetProperty("delegatedScopes")));
    }

    private static IEnumerable<string> Listed(string[] readme, string bullet) =>
        Backticked().Matches(Assert.Single(readme, l => l.StartsWith(bullet, StringComparison.Ordinal))).Select(m => m.Groups[1].Value).Order();

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).Order();

    [GeneratedRegex("`([A-Za-z.]+)`")]
    private static partial Regex Backticked();
}
