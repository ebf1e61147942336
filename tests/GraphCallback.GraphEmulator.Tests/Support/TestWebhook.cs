using System.Text.Json;
using System.Threading.Channels;
using GraphCallback.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphCallback.GraphEmulator.Tests.Support;

/// <summary>
/// A real HTTP webhook on a free port, like the backend's: answers the validation handshake
/// (correctly, or with a wrong echo), records every notification POST, can fail the next N
/// deliveries, and can hold a delivery open until the test releases it.
/// </summary>
public sealed class TestWebhook : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private int _failuresLeft;
    private TaskCompletionSource? _hold;
    private TaskCompletionSource? _release;
    private TaskCompletionSource? _held;

    private TestWebhook(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    public string LifecycleUrl => Url + "/lifecycle";

    /// <summary>When true, the validation handshake is answered with the wrong text.</summary>
    public bool WrongEcho { get; set; }

    /// <summary>The media type of the validation answer; Graph wants text/plain.</summary>
    public string EchoContentType { get; set; } = "text/plain";

    public int ValidationRequests { get; private set; }

    public static async Task<TestWebhook> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = FreePort.Next();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var hook = new TestWebhook(app) { Url = $"http://127.0.0.1:{port}/hook" };
        app.MapPost("/hook", (Delegate)hook.HandleAsync);
        app.MapPost("/hook/lifecycle", (Delegate)hook.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        return hook;
    }

    /// <summary>The next N notification POSTs are answered 500.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    /// <summary>The next notification POST waits until Release(); the returned task completes when it arrived.</summary>
    public Task HoldNext()
    {
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _hold = _release;
        _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _held.Task;
    }

    public void Release() => _release?.TrySetResult();

    /// <summary>The next notification POST body (a {"value":[...]} collection), in arrival order.</summary>
    public async Task<JsonElement> NextAsync()
    {
        using var safetyNet = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _received.Reader.ReadAsync(safetyNet.Token).ConfigureAwait(false);
    }

    public bool TryTakeReceived(out JsonElement body) => _received.Reader.TryRead(out body);

    public async ValueTask DisposeAsync()
    {
        _release?.TrySetResult();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (context.Request.Query.TryGetValue("validationToken", out var token))
        {
            ValidationRequests++;
            return Results.Text(WrongEcho ? "not the token" : token.ToString(), EchoContentType, statusCode: 200);
        }

        using var document = await JsonDocument.ParseAsync(context.Request.Body).ConfigureAwait(false);
        var body = document.RootElement.Clone();
        if (Interlocked.Exchange(ref _hold, null) is { } hold)
        {
            _held?.TrySetResult();
            await hold.Task.ConfigureAwait(false);
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            _received.Writer.TryWrite(body);
            return Results.StatusCode(500);
        }

        _received.Writer.TryWrite(body);
        return Results.Accepted();
    }
}
