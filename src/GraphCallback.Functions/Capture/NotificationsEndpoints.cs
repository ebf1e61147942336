using System.Text.Json;
using GraphCallback.Functions.Storage;
using GraphCallback.Storage.Subscriptions;
using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// The Graph webhooks. Thin on purpose: answer the validation handshake, verify each
/// notification's subscription and clientState, queue the good ones and answer 202. Graph drops
/// endpoints that answer slowly, so nothing here calls Graph or scans a table, and subscriptions
/// are looked up once per few minutes rather than per notification; the work happens behind the
/// queue.
/// </summary>
public static partial class NotificationsEndpoints
{
    /// <summary>The queue function that processes what the webhook accepts.</summary>
    public const string ProcessingFunction = "ProcessNotifications";

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/notifications", HandleAsync).WithName("Notifications");
        app.MapPost("/api/notifications/lifecycle", HandleAsync).WithName("NotificationsLifecycle");
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        KnownSubscriptions subscriptions,
        WorkQueues queues,
        IOptions<WebhookOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        // Graph proves the URL is ours by posting a token it wants back verbatim, as text/plain.
        if (request.Query.TryGetValue("validationToken", out var token))
        {
            return Results.Text(token.ToString(), "text/plain", statusCode: StatusCodes.Status200OK);
        }

        var logger = loggers.CreateLogger(typeof(NotificationsEndpoints));
        var body = await ReadBoundedAsync(request, options.Value.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Notification body too large",
                detail: $"The body exceeds {options.Value.MaxBodyBytes} bytes.");
        }

        ChangeNotificationCollection? batch;
        try
        {
            batch = JsonSerializer.Deserialize<ChangeNotificationCollection>(body);
        }
        catch (JsonException)
        {
            batch = null;
        }

        if (batch?.Value is not { } notifications)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Malformed notification",
                detail: "The body must be a JSON object with a 'value' array of change notifications.");
        }

        var accepted = await Task.WhenAll(notifications.Select(n => VerifyAsync(n, subscriptions, cancellationToken))).ConfigureAwait(false);
        var work = accepted.OfType<CaptureWork>().ToList();
        var queue = queues.For(ProcessingFunction);

        // One message for the whole POST: a Storage request per notification was the webhook's
        // largest cost. If queueing fails the request fails too, and Graph redelivers: a
        // notification is either on our queue or still Graph's to retry, never lost.
        await Task.WhenAll(CaptureWork.Pack(work).Select(m => queue.SendAsync(m, cancellationToken))).ConfigureAwait(false);

        if (work.Count < notifications.Count)
        {
            LogRejected(logger, notifications.Count - work.Count, notifications.Count);
        }

        return Results.Accepted();
    }

    private static async Task<CaptureWork?> VerifyAsync(ChangeNotification notification, KnownSubscriptions subscriptions, CancellationToken cancellationToken)
    {
        if (notification.SubscriptionId is not { } id)
        {
            return null;
        }

        var subscription = await subscriptions.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (subscription is null || !SubscriptionStore.ClientStateMatches(subscription, notification.ClientState))
        {
            return null;
        }

        return new CaptureWork(
            subscription.Id,
            subscription.Owner?.PartitionKey,
            subscription.TenantId,
            subscription.Purpose.ToString(),
            notification.ChangeType,
            notification.Resource,
            notification.ResourceData?.Id,
            notification.LifecycleEvent);
    }

    /// <returns>The body, or null when it is larger than <paramref name="limit"/>.</returns>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored {Rejected} of {Total} notifications: unknown subscription or wrong clientState")]
    private static partial void LogRejected(ILogger logger, int rejected, int total);
}
