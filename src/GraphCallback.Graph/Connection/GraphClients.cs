using System.Collections.Concurrent;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace GraphCallback.Graph.Connection;

/// <summary>
/// Graph clients for background work, acting as the app in a given tenant (client credentials).
/// One client per tenant is kept: it holds the token cache and the connection pool.
/// </summary>
public sealed class GraphClients : IDisposable
{
    private readonly GraphOptions _graph;
    private readonly IdentityOptions _identity;
    private readonly TrustedCertificate _trust;
    private readonly ConcurrentDictionary<string, Lazy<(GraphServiceClient Client, HttpClient Http)>> _byTenant = new(StringComparer.OrdinalIgnoreCase);

    public GraphClients(GraphOptions graph, IdentityOptions identity, TrustedCertificate trust)
    {
        _graph = graph;
        _identity = identity;
        _trust = trust;
    }

    public GraphServiceClient ForTenant(string tenantId) =>
        _byTenant.GetOrAdd(tenantId, id => new Lazy<(GraphServiceClient, HttpClient)>(() => Create(id))).Value.Client;

    public void Dispose()
    {
        foreach (var entry in _byTenant.Values.Where(e => e.IsValueCreated))
        {
            entry.Value.Client.Dispose();
            entry.Value.Http.Dispose();
        }
    }

    private (GraphServiceClient, HttpClient) Create(string tenantId)
    {
        var credential = new ClientSecretCredential(
            tenantId,
            _identity.ClientId ?? throw new InvalidOperationException("AzureAd:ClientId is not configured."),
            _identity.ClientSecret ?? throw new InvalidOperationException("AzureAd:ClientSecret is not configured."),
            new ClientSecretCredentialOptions
            {
                AuthorityHost = _identity.Instance,
                DisableInstanceDiscovery = _identity.DisableInstanceDiscovery,
                Transport = new HttpClientTransport(_trust.CreateHandler()),
            });

        // The SDK's default handlers (retry on 429/503/504 honouring Retry-After, redirects,
        // compression) sit in front of our handler, which only adds the extra trust.
        var http = GraphClientFactory.Create(finalHandler: _trust.CreateHandler());
        var authentication = new AzureIdentityAuthenticationProvider(credential, [_graph.BaseUrl.Host], observabilityOptions: null, isCaeEnabled: false, scopes: [_graph.AppScope]);
        return (new GraphServiceClient(http, authentication, _graph.BaseUrl.ToString().TrimEnd('/')), http);
    }
}
