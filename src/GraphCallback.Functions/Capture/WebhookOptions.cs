namespace GraphCallback.Functions.Capture;

/// <summary>Settings of the notification webhook: configuration section <c>Webhook</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhook";

    /// <summary>Public HTTPS base URL Graph posts to; notification URLs are built from it.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>An endpoint under <see cref="PublicBaseUrl"/>, whether or not the base ends in a slash.</summary>
    public Uri Endpoint(string relative)
    {
        var baseUrl = PublicBaseUrl ?? throw new InvalidOperationException("Webhook:PublicBaseUrl is not configured.");
        return new Uri(new Uri(baseUrl.ToString().TrimEnd('/') + "/"), relative);
    }

    /// <summary>Bodies larger than this are refused with 413; Graph's batches are far smaller.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long the webhook remembers a stored subscription it has looked up, rather than reading it per notification.</summary>
    public TimeSpan SubscriptionCacheTime { get; set; } = TimeSpan.FromMinutes(5);
}
