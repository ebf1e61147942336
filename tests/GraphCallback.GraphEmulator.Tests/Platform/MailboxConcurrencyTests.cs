using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Throttling;
using GraphCallback.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphCallback.GraphEmulator.Tests.Platform;

/// <summary>
/// Outlook allows an app 4 requests in flight per mailbox; the fifth is 429 ApplicationThrottled at
/// once. The requests are held in flight by a handler the test releases, so the interleaving is exact.
/// </summary>
public sealed class MailboxConcurrencyTests : IDisposable
{
    private const string Tenant = "6c1a3e0b-2f4d-4a8e-9b7c-1d2e3f4a5b6c";
    private const string Megan = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private const string App = "7d3c9f1e-2b4a-4c6d-8e0f-1a2b3c4d5e6f";

    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TenantRegistry _tenants = new();
    private readonly MailboxConcurrencyMiddleware _middleware;
    private readonly ServiceProvider _services = new ServiceCollection().AddSingleton<TimeProvider>(SuiteClock.Start()).BuildServiceProvider();

    public MailboxConcurrencyTests()
    {
        _tenants.AddTenant(new EmulatedTenant(Tenant, "Contoso", "contoso.example"), makeDefault: true);
        _tenants.AddUser(new EmulatedUser { Id = Megan, TenantId = Tenant, UserPrincipalName = "megan@contoso.example", DisplayName = "Megan Bowen" });
        _middleware = new MailboxConcurrencyMiddleware(_ => _release.Task, new MailboxConcurrency(), _tenants, Options.Create(new EmulatorOptions()));
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task The_fifth_request_in_flight_on_a_mailbox_is_429_while_other_mailboxes_and_apps_are_served()
    {
        var held = Enumerable.Range(0, 4).Select(_ => Send("/v1.0/users/{user}/messages", Megan, App)).ToList();

        var fifth = await Send("/v1.0/users/{user}/messages/{message}", "megan@contoso.example", App);
        var otherApp = Send("/v1.0/users/{user}/events", Megan, "another-app");
        var directory = Send("/v1.0/users/{user}/manager", Megan, App);

        Assert.Equal(StatusCodes.Status429TooManyRequests, fifth.Response.StatusCode);
        Assert.Equal("1", fifth.Response.Headers.RetryAfter.ToString());
        Assert.Contains("\"ApplicationThrottled\"", Body(fifth), StringComparison.Ordinal);
        Assert.Contains("MailboxConcurrency limit", Body(fifth), StringComparison.Ordinal);
        Assert.All(held, t => Assert.False(t.IsCompleted));

        _release.SetResult();
        await Task.WhenAll(held.Append(otherApp).Append(directory));
        var after = await Send("/v1.0/users/{user}/messages", Megan, App);

        Assert.All(held.Append(otherApp).Append(directory), t => Assert.Equal(StatusCodes.Status200OK, t.Result.Response.StatusCode));
        Assert.Equal(StatusCodes.Status200OK, after.Response.StatusCode);
    }

    private async Task<HttpContext> Send(string template, string user, string app)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Response.Body = new MemoryStream();
        context.SetEndpoint(new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse(template), 0, EndpointMetadataCollection.Empty, template));
        context.Request.RouteValues["user"] = user;
        context.SetCaller(new GraphCaller(Tenant, null, app, new HashSet<string>(), new HashSet<string> { "Mail.Read" }));
        await _middleware.InvokeAsync(context);
        return context;
    }

    private static string Body(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body).ReadToEnd();
    }
}
