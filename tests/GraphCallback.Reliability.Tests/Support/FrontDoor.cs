using System.Globalization;
using GraphCallback.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphCallback.Reliability.Tests.Support;

/// <summary>
/// The one public address of the scaled-out app, as Azure's front end gives it: Graph's webhooks
/// and the user's task pane reach whichever instance is up, taken in turn; one that refuses the
/// connection (killed) is skipped. Without it a subscription would name one instance and die with it.
/// </summary>
internal sealed class FrontDoor : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Proxy-Connection",
    };

    private readonly IReadOnlyList<AppInstance> _instances;
    private readonly HttpClient _forward = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(100) };
    private readonly WebApplication _server;
    private int _next;

    public FrontDoor(IReadOnlyList<AppInstance> instances)
    {
        _instances = instances;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Url.ToString().TrimEnd('/'));
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.Run(ForwardAsync);
    }

    public Uri Url { get; } = new($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");

    public Task StartAsync() => _server.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
        _forward.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        // Buffered once, so a request refused by one instance can go to the next.
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var first = Interlocked.Increment(ref _next);
        for (var i = 0; i < _instances.Count; i++)
        {
            var instance = _instances[(first + i) % _instances.Count];
            if (!instance.IsRunning)
            {
                continue;
            }

            using var request = Copy(context.Request, new Uri(instance.Url, context.Request.Path + context.Request.QueryString), body.ToArray());
            HttpResponseMessage response;
            try
            {
                response = await _forward.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
            }
            catch (HttpRequestException)
            {
                continue;
            }

            using (response)
            {
                await CopyBackAsync(response, context);
            }

            return;
        }

        context.Response.StatusCode = StatusCodes.Status502BadGateway;
    }

    private static HttpRequestMessage Copy(HttpRequest incoming, Uri target, byte[] body)
    {
        var request = new HttpRequestMessage(new HttpMethod(incoming.Method), target);
        if (body.Length > 0 || incoming.ContentLength is not null)
        {
            request.Content = new ByteArrayContent(body);
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (HopByHop.Contains(name))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        return request;
    }

    private static async Task CopyBackAsync(HttpResponseMessage response, HttpContext context)
    {
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
