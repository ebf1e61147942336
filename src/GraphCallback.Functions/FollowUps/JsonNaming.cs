namespace GraphCallback.Functions.FollowUps;

/// <summary>Enum names as the API spells them: camelCase, like every other JSON name it writes.</summary>
public static class JsonNaming
{
    public static string Camel(string name) =>
        string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
