using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace GraphCallback.Graph.Connection;

/// <summary>
/// An extra certificate to trust for outgoing HTTPS besides the system store (configuration
/// <c>Network:TrustedCertificatePath</c>, a PEM file): a private CA, or the local Graph emulator's
/// self-signed certificate. MSAL only talks to HTTPS authorities, so a local identity endpoint
/// needs a certificate the app can trust without touching the machine's trust store.
/// </summary>
public sealed class TrustedCertificate
{
    public const string ConfigurationKey = "Network:TrustedCertificatePath";

    private readonly X509Certificate2? _certificate;

    public TrustedCertificate(string? pemPath)
    {
        _certificate = string.IsNullOrWhiteSpace(pemPath) ? null : X509Certificate2.CreateFromPem(File.ReadAllText(pemPath));
    }

    /// <summary>A handler that validates servers against the system store, then against the extra certificate.</summary>
    public SocketsHttpHandler CreateHandler()
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (_certificate is not null)
        {
            handler.SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = Validate };
        }

        return handler;
    }

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(_certificate!);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return custom.Build(new X509Certificate2(certificate));
    }
}
