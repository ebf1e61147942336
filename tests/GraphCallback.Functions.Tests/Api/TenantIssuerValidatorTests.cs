using GraphCallback.Functions.Api;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.Functions.Tests.Api;

/// <summary>The issuer must be the configured instance's issuer for the token's own tenant.</summary>
public sealed class TenantIssuerValidatorTests
{
    private const string Instance = "https://login.example/";
    private const string TenantA = "6c1a3e0b-2f4d-4a8e-9b7c-1d2e3f4a5b6c";
    private const string TenantB = "8f0c4a8e-6a1c-4b8e-9d3c-2b6f1e0a7c11";

    private readonly TenantIssuerValidator _validator = new(Instance);

    [Fact]
    public void Accepts_the_issuer_of_the_tokens_own_tenant() =>
        Assert.Equal($"https://login.example/{TenantA}/v2.0", _validator.Validate($"https://login.example/{TenantA}/v2.0", Token(TenantA), new TokenValidationParameters()));

    [Theory]
    [InlineData("https://login.example/" + TenantB + "/v2.0")]
    [InlineData("https://login.example/" + TenantA)]
    [InlineData("https://other.example/" + TenantA + "/v2.0")]
    [InlineData("https://login.example/organizations/v2.0")]
    public void Refuses_another_tenants_or_another_authoritys_issuer(string issuer) =>
        Assert.Throws<SecurityTokenInvalidIssuerException>(() => _validator.Validate(issuer, Token(TenantA), new TokenValidationParameters()));

    [Theory]
    [InlineData(null)]
    [InlineData("organizations")]
    public void Refuses_a_token_without_a_tenant_id(string? tenantId) =>
        Assert.Throws<SecurityTokenInvalidIssuerException>(() => _validator.Validate($"https://login.example/{tenantId}/v2.0", Token(tenantId), new TokenValidationParameters()));

    private static JsonWebToken Token(string? tenantId)
    {
        var claims = new Dictionary<string, object> { ["oid"] = Guid.NewGuid().ToString() };
        if (tenantId is not null)
        {
            claims["tid"] = tenantId;
        }

        return new JsonWebToken(new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor { Claims = claims }));
    }
}
