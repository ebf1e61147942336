using GraphCallback.Core.Callers;

namespace GraphCallback.Functions.FollowUps;

/// <summary>The caller as the task pane shows them, with a tel: link when the number is known.</summary>
public sealed record CallerView(string? Name, string? Number, string Display, string? Company, string Kind, string? TelUri)
{
    public static CallerView From(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new CallerView(
            caller.DisplayName,
            caller.Number.E164,
            caller.Label,
            caller.Company,
            JsonNaming.Camel(caller.Kind.ToString()),
            caller.Number.TelUri?.ToString());
    }
}
