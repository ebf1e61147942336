using System.Collections.Concurrent;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace GraphCallback.Graph.Connection;

/// <summary>
/// Graph clients: for background work, acting as the app in a given tenant (client credentials),
/// one kept per tenant because it holds the token cache and the connection pool; for work a user
/// asked for through the API, acting as that user (on-behalf-of their token for our API).
/// </summary>
public sealed class GraphClients : IDisposable
{
    private readonly GraphOptions _graph;
    private readonly IdentityOptions _identity;
    private readonly TrustedCertificate _trust;
    private readonly ConcurrentDictionary<string, Lazy<(GraphServiceClient Client, HttpClient Http)>> _byTenant = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<HttpClientTransport> _authority;

    public GraphClients(GraphOptions graph, IdentityOptions identity, TrustedCertificate trust)
    {
        _graph = graph;
        _identity = identity;
        _trust = trust;
        _authority = new(() => new HttpClientTransport(trust.CreateHandler()));
    }

    public GraphServiceClient ForTenant(string tenantId) => Tenant(tenantId).Client;

    /// <summary>
    /// A client that acts as the signed-in user: Graph then applies the user's own permissions
    /// (their mailbox, their calendar), not the app's tenant-wide ones. It shares the tenant's
    /// connection pool; the token exchange happens on its first request.
    /// </summary>
    /// <param name="tenantId">The user's tenant (the token's tid).</param>
    /// <param name="userAssertion">The bearer token the user called our API with.</param>
    public GraphServiceClient OnBehalfOf(string tenantId, string userAssertion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAssertion);
        var credential = new OnBehalfOfCredential(
            tenantId,
            ClientId,
            ClientSecret,
            userAssertion,
            TowardsAuthority(new OnBehalfOfCredentialOptions { DisableInstanceDiscovery = _identity.DisableInstanceDiscovery }));
        return Client(Tenant(tenantId).Http, credential);
    }

    public void Dispose()
    {
        foreach (var entry in _byTenant.Values.Where(e => e.IsValueCreated))
        {
            entry.Value.Client.Dispose();
            entry.Value.Http.Dispose();
        }

        if (_authority.IsValueCreated)
        {
            _authority.Value.Dispose();
        }
    }

    private string ClientId => _identity.ClientId ?? throw new InvalidOperationException("AzureAd:ClientId is not configured.");

    private string ClientSecret => _identity.ClientSecret ?? throw new InvalidOperationException("AzureAd:ClientSecret is not configured.");

    // One transport to the authority for every credential: an on-behalf-of credential is made
    // per API request, and its token exchange should reuse pooled connections.
    private T TowardsAuthority<T>(T options)
        where T : TokenCredentialOptions
    {
        options.AuthorityHost = _identity.Instance;
        options.Transport = _authority.Value;
        return options;
    }

    private (GraphServiceClient Client, HttpClient Http) Tenant(string tenantId) =>
        _byTenant.GetOrAdd(tenantId, id => new Lazy<(GraphServiceClient, HttpClient)>(() => Create(id))).Value;

    private (GraphServiceClient, HttpClient) Create(string tenantId)
    {
        var credential = new ClientSecretCredential(
            tenantId,
            ClientId,
            ClientSecret,
            TowardsAuthority(new ClientSecretCredentialOptions { DisableInstanceDiscovery = _identity.DisableInstanceDiscovery }));

        // The SDK's default handlers (retry on 429/503/504 honouring Retry-After, redirects,
        // compression) sit in front of our handler, which only adds the extra trust.
        var http = GraphClientFactory.Create(finalHandler: _trust.CreateHandler());
        return (Client(http, credential), http);
    }

    // The .default scope: for the app its granted application permissions, on-behalf-of a user
    // the delegated permissions consented to for our app.
    private GraphServiceClient Client(HttpClient http, Azure.Core.TokenCredential credential)
    {
        var authentication = new AzureIdentityAuthenticationProvider(credential, [_graph.BaseUrl.Host], observabilityOptions: null, isCaeEnabled: false, scopes: [_graph.AppScope]);
        return new GraphServiceClient(http, authentication, _graph.BaseUrl.ToString().TrimEnd('/'));
    }
}
