namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>Maximum subscription lifetimes per resource kind (graph-notes.md, "Change notifications").</summary>
public static class ExpirationLimits
{
    public static TimeSpan For(string normalizedResource)
    {
        ArgumentNullException.ThrowIfNull(normalizedResource);
        var last = normalizedResource.Split('/').Last();
        return last switch
        {
            "messages" or "events" or "contacts" => TimeSpan.FromMinutes(10080),
            _ => TimeSpan.FromMinutes(4230),
        };
    }
}
