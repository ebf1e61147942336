using System.Net;
using GraphCallback.GraphEmulator.Platform.Counters;
using Microsoft.Extensions.Options;

namespace GraphCallback.GraphEmulator.Platform.Throttling;

/// <summary>
/// Outlook's limit of 4 concurrent requests per app and mailbox (mail, calendar, contacts, mailbox
/// settings, To Do): one more is answered 429 ApplicationThrottled at once, as Exchange does
/// (learn.microsoft.com/graph/throttling-limits#outlook-service-limits). Batched requests count too.
/// </summary>
public sealed class MailboxConcurrencyMiddleware(RequestDelegate next, MailboxConcurrency concurrency, TenantRegistry tenants, IOptions<EmulatorOptions> options)
{
    private static readonly HashSet<string> OutlookSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "messages", "mailFolders", "sendMail", "events", "calendar", "calendarView", "contacts", "mailboxSettings", "todo",
    };

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = options.Value.MailboxConcurrencyLimit;
        if (limit <= 0 || !IsOutlook(RouteTemplate.Of(context)) || context.GetRouteValue("user") is not string user)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        // One mailbox whether the URL names it by id or by UPN.
        var caller = context.Caller();
        var mailbox = tenants.FindUser(caller.TenantId, user)?.Id ?? user;
        var app = caller.ClientId ?? string.Empty;
        if (!concurrency.TryEnter(app, mailbox, limit))
        {
            context.Response.Headers.RetryAfter = "1";
            await ODataErrors.WriteAsync(context, HttpStatusCode.TooManyRequests, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.").ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            concurrency.Exit(app, mailbox);
        }
    }

    // /v1.0/users/{user}/<segment>/...: Outlook's workloads, not the directory's (users, manager) nor Teams'.
    private static bool IsOutlook(string? template) =>
        template?.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["v1.0", "users", "{user}", var segment, ..] && OutlookSegments.Contains(segment);
}
