using System.Text;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Extensions.Options;

namespace GraphCallback.GraphEmulator.Subscriptions;

/// <summary>
/// The real validation request Graph makes before creating a subscription: POST {url}?validationToken=...
/// with a text/plain body; the endpoint must answer 200 with the decoded token as text/plain
/// within 10 seconds (learn.microsoft.com/graph/change-notifications-delivery-webhooks,
/// "Notification endpoint validation"), or the create fails.
/// </summary>
public sealed class ValidationHandshake(IHttpClientFactory clients, IOptions<EmulatorOptions> options, ILogger<ValidationHandshake> logger)
{
    public async Task<bool> ValidateAsync(string url, CancellationToken cancellationToken)
    {
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {Guid.NewGuid()}";
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.WebhookTimeout);
        try
        {
            using var client = clients.CreateClient(nameof(ValidationHandshake));
            using var content = new StringContent(string.Empty, Encoding.UTF8, "text/plain");
            using var response = await client.PostAsync(new Uri($"{url}{separator}validationToken={Uri.EscapeDataString(token)}"), content, timeout.Token).ConfigureAwait(false);
            var echo = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            var valid = response.StatusCode == System.Net.HttpStatusCode.OK && echo == token &&
                        string.Equals(response.Content.Headers.ContentType?.MediaType, "text/plain", StringComparison.OrdinalIgnoreCase);
            logger.LogInformation("Validation of {Url}: {Status}, echo {Matches}", url, (int)response.StatusCode, valid ? "matches" : "does not match");
            return valid;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or UriFormatException)
        {
            logger.LogInformation("Validation of {Url} failed: {Error}", url, ex.Message);
            return false;
        }
    }
}
