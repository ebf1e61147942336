using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>
/// The emulator's token signing key: RSA 2048 generated at start-up, wrapped in a self-signed
/// certificate so the JWKS can carry x5c/x5t like Entra ID's, with kid = x5t as Entra ID does.
/// </summary>
public sealed class SigningKeys : IDisposable
{
    private readonly RSA _rsa;

    public SigningKeys(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=GraphCallback Graph emulator", _rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = clock.GetUtcNow();
        Certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
        KeyId = Base64UrlEncoder.Encode(Certificate.GetCertHash());
        Key = new RsaSecurityKey(_rsa) { KeyId = KeyId };
        Credentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256);
    }

    public X509Certificate2 Certificate { get; }

    public string KeyId { get; }

    public RsaSecurityKey Key { get; }

    public SigningCredentials Credentials { get; }

    /// <summary>The public key as a JWK, in the shape of Entra ID's discovery/v2.0/keys entries.</summary>
    public Dictionary<string, object> PublicJwk(string issuer)
    {
        var parameters = _rsa.ExportParameters(false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["x5t"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["x5c"] = new[] { Convert.ToBase64String(Certificate.RawData) },
            ["issuer"] = issuer,
        };
    }

    public void Dispose()
    {
        Certificate.Dispose();
        _rsa.Dispose();
    }
}
