namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// Whether a redirect URI is registered for an app. As in Entra ID, the port of a loopback
/// redirect URI (localhost, 127.0.0.1) is ignored, so local runs on any port match one entry.
/// </summary>
public static class RedirectUris
{
    public static bool IsRegistered(ClientApp app, string redirectUri)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var requested))
        {
            return false;
        }

        return app.RedirectUris.Any(registered => Uri.TryCreate(registered, UriKind.Absolute, out var uri) && Same(uri, requested));
    }

    private static bool Same(Uri registered, Uri requested) =>
        registered.IsLoopback && requested.IsLoopback
            ? string.Equals(registered.Scheme, requested.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(registered.Host, requested.Host, StringComparison.OrdinalIgnoreCase)
                && string.Equals(registered.AbsolutePath, requested.AbsolutePath, StringComparison.Ordinal)
            : string.Equals(registered.AbsoluteUri, requested.AbsoluteUri, StringComparison.Ordinal);
}
