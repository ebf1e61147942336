using GraphCallback.GraphEmulator.Platform.Permissions;
using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphCallback.GraphEmulator.Tests.Platform;

/// <summary>Graph serves nothing without a token and nothing beyond the token's permissions, in each workload's error shape.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class PermissionTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_request_without_a_token_is_401_InvalidAuthenticationToken()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri($"{emulator.GraphUrl}/users/{DemoUsers.Megan}/messages"));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("InvalidAuthenticationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_without_a_mail_role_cannot_read_mail_nor_subscribe_to_it()
    {
        var graph = await AppAsync("Calendars.ReadWrite");

        var read = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Messages.GetAsync());
        var subscribe = await Assert.ThrowsAsync<ODataError>(() => graph.Subscriptions.PostAsync(new Subscription
        {
            Resource = $"users/{DemoUsers.Megan}/mailFolders('inbox')/messages",
            ChangeType = "created",
            NotificationUrl = "https://example.invalid/hook",
            ExpirationDateTime = emulator.Clock.GetUtcNow().AddHours(1),
        }));

        Assert.Equal((403, "ErrorAccessDenied"), (read.ResponseStatusCode, read.Error?.Code));
        Assert.Equal((403, "ErrorAccessDenied"), (subscribe.ResponseStatusCode, subscribe.Error?.Code));
    }

    [Fact]
    public async Task Mail_Read_does_not_create_a_draft_Mail_ReadWrite_does()
    {
        var reader = await UserAsync(DemoUsers.MeganUpn, "Mail.Read");
        var writer = await UserAsync(DemoUsers.MeganUpn, "Mail.ReadWrite");
        var draft = new Message { Subject = "Returning your call" };

        var refused = await Assert.ThrowsAsync<ODataError>(() => reader.Me.Messages.PostAsync(draft));
        var created = await writer.Me.Messages.PostAsync(draft);

        Assert.Equal((403, "ErrorAccessDenied"), (refused.ResponseStatusCode, refused.Error?.Code));
        Assert.Equal(true, created!.IsDraft);
    }

    [Fact]
    public async Task A_user_reads_only_their_own_mailbox_and_with_User_Read_only_their_own_profile()
    {
        var megan = await UserAsync(DemoUsers.MeganUpn, "Mail.Read User.Read");

        var mailbox = await Assert.ThrowsAsync<ODataError>(() => megan.Users[DemoUsers.Alex].Messages.GetAsync());
        var profile = await Assert.ThrowsAsync<ODataError>(() => megan.Users[DemoUsers.Alex].GetAsync());
        var me = await megan.Me.GetAsync();

        Assert.Equal((403, "ErrorAccessDenied"), (mailbox.ResponseStatusCode, mailbox.Error?.Code));
        Assert.Equal((403, "Authorization_RequestDenied"), (profile.ResponseStatusCode, profile.Error?.Code));
        Assert.Equal(DemoUsers.Megan, me!.Id);
    }

    [Fact]
    public async Task Call_records_are_for_apps_only()
    {
        var megan = await UserAsync(DemoUsers.MeganUpn, "User.Read CallRecords.Read.All");

        var refused = await Assert.ThrowsAsync<ODataError>(() => megan.Communications.CallRecords["any"].GetAsync());

        Assert.Equal((403, "Forbidden"), (refused.ResponseStatusCode, refused.Error?.Code));
    }

    [Fact]
    public void Every_Graph_route_the_emulator_serves_has_its_permissions()
    {
        var routes = emulator.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Template: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(r => r.Template.StartsWith("/v1.0/", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.All(r.Methods, m => Assert.True(PermissionTable.Find(m, r.Template["/v1.0".Length..]) is not null, $"{m} {r.Template}")));
    }

    private async Task<Microsoft.Graph.GraphServiceClient> AppAsync(params string[] roles) =>
        emulator.Graph(await emulator.MintTokenAsync(new { clientId = DemoUsers.AppClientId, roles }));

    private async Task<Microsoft.Graph.GraphServiceClient> UserAsync(string user, string scopes) =>
        emulator.Graph(await emulator.MintTokenAsync(new { user, scopes }));
}
