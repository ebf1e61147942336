using System.Collections.Concurrent;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// Registered client apps. A registered app must present its secret; an unregistered client id is
/// accepted with the default roles, so a backend can point at the emulator without a scenario edit.
/// </summary>
public sealed class ClientApps : IResettable
{
    private readonly ConcurrentDictionary<string, ClientApp> _apps = new(StringComparer.OrdinalIgnoreCase);

    public void Register(ClientApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _apps[app.ClientId] = app;
    }

    public ClientApp Find(string clientId) =>
        _apps.GetValueOrDefault(clientId) ?? new ClientApp(clientId, null, clientId, ClientApp.DefaultRoles, ClientApp.DefaultScopes);

    /// <summary>
    /// The API a resource names: its client id, or an App ID URI whose last segment is the client id
    /// (api://{id}, api://{host}/{id}), the forms this product's registration uses.
    /// </summary>
    public ClientApp FindResource(string resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var trimmed = resource.TrimEnd('/');
        return Find(trimmed[(trimmed.LastIndexOf('/') + 1)..]);
    }

    public void Reset() => _apps.Clear();
}
