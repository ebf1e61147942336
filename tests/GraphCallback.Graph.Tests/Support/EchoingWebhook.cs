using GraphCallback.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphCallback.Graph.Tests.Support;

/// <summary>A real HTTP endpoint on a free port that passes Graph's validation handshake, so subscriptions can be created.</summary>
public sealed class EchoingWebhook : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoingWebhook(WebApplication app, string url) => (_app, Url) = (app, url);

    public string Url { get; }

    public static async Task<EchoingWebhook> StartAsync()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapPost("/{**path}", (HttpRequest request) =>
            request.Query.TryGetValue("validationToken", out var token) ? Results.Text(token.ToString(), "text/plain") : Results.Accepted());
        await app.StartAsync();
        return new EchoingWebhook(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
