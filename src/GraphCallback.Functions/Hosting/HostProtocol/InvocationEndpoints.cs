using GraphCallback.Functions.Hosting.Catalog;

namespace GraphCallback.Functions.Hosting.HostProtocol;

/// <summary>
/// Maps <c>POST /{FunctionName}</c> for every timer and queue function: the Functions host's
/// invocation call in custom-handler mode, and a manual trigger when running stand-alone.
/// </summary>
public static class InvocationEndpoints
{
    public static IEndpointRouteBuilder MapFunctionInvocations(this IEndpointRouteBuilder endpoints, FunctionCatalog catalog)
    {
        foreach (var timer in catalog.Timers)
        {
            endpoints.MapPost("/" + timer.Name, async (HostInvocationRequest request, FunctionInvoker invoker, CancellationToken cancellationToken) =>
            {
                if (!TryRead(() => HostPayload.ReadTimerTick(request, timer.BindingName), out var tick, out var problem))
                {
                    return problem;
                }

                return await InvokeAsync(
                    timer.Name,
                    () => invoker.RunTimerAsync(timer.Name, tick, cancellationToken),
                    tick.IsPastDue ? "Timer ran (past due)" : "Timer ran",
                    cancellationToken);
            })
            .ExcludeFromDescription();
        }

        foreach (var queue in catalog.Queues)
        {
            endpoints.MapPost("/" + queue.Name, async (HostInvocationRequest request, FunctionInvoker invoker, CancellationToken cancellationToken) =>
            {
                if (!TryRead(() => HostPayload.ReadQueueDelivery(request, queue.BindingName), out var delivery, out var problem))
                {
                    return problem;
                }

                return await InvokeAsync(
                    queue.Name,
                    () => invoker.HandleQueueAsync(queue.Name, delivery, cancellationToken),
                    $"Handled message {delivery.MessageId} (delivery {delivery.DequeueCount})",
                    cancellationToken);
            })
            .ExcludeFromDescription();
        }

        return endpoints;
    }

    private static bool TryRead<T>(Func<T> read, out T value, out IResult problem)
    {
        try
        {
            value = read();
            problem = Results.Empty;
            return true;
        }
        catch (FormatException ex)
        {
            value = default!;
            problem = Results.Problem(title: "Not a Functions host invocation payload", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
            return false;
        }
    }

    // Any failure must answer with a non-success status: the host then fails the invocation, so a
    // queue message is retried and finally poisoned. The invoker has already logged the exception.
    private static async Task<IResult> InvokeAsync(string function, Func<Task> invocation, string log, CancellationToken cancellationToken)
    {
        try
        {
            await invocation();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Results.Problem(title: $"Function {function} failed", statusCode: StatusCodes.Status500InternalServerError);
        }

        return Results.Json(HostInvocationResponse.Completed(log));
    }
}
