using GraphCallback.Functions.Api;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.Functions.Tests.Api;

/// <summary>The issuer must be the token's own tenant's, in the form its version uses.</summary>
public sealed class TenantIssuerValidatorTests
{
    private const string Instance = "https://login.example/";
    private const string TenantA = "6c1a3e0b-2f4d-4a8e-9b7c-1d2e3f4a5b6c";
    private const string TenantB = "8f0c4a8e-6a1c-4b8e-9d3c-2b6f1e0a7c11";

    private readonly TenantIssuerValidator _validator = new(Instance);

    [Theory]
    [InlineData("2.0", "https://login.example/" + TenantA + "/v2.0")]
    [InlineData("1.0", "https://sts.windows.net/" + TenantA + "/")]
    public void Accepts_the_issuer_of_the_tokens_own_tenant_for_its_version(string version, string issuer) =>
        Assert.Equal(issuer, _validator.Validate(issuer, ClaimsOnlyToken.With(TenantA, version), new TokenValidationParameters()));

    [Theory]
    [InlineData("2.0", "https://login.example/" + TenantB + "/v2.0")]
    [InlineData("2.0", "https://login.example/" + TenantA)]
    [InlineData("2.0", "https://other.example/" + TenantA + "/v2.0")]
    [InlineData("2.0", "https://login.example/organizations/v2.0")]
    [InlineData("2.0", "https://sts.windows.net/" + TenantA + "/")]
    [InlineData("1.0", "https://login.example/" + TenantA + "/v2.0")]
    [InlineData("1.0", "https://sts.windows.net/" + TenantB + "/")]
    [InlineData("1.0", "https://sts.windows.net/" + TenantA)]
    [InlineData("3.0", "https://login.example/" + TenantA + "/v2.0")]
    [InlineData(null, "https://login.example/" + TenantA + "/v2.0")]
    public void Refuses_another_tenants_another_authoritys_or_another_versions_issuer(string? version, string issuer) =>
        Assert.Throws<SecurityTokenInvalidIssuerException>(() => _validator.Validate(issuer, ClaimsOnlyToken.With(TenantA, version), new TokenValidationParameters()));

    [Theory]
    [InlineData(null)]
    [InlineData("organizations")]
    public void Refuses_a_token_without_a_tenant_id(string? tenantId) =>
        Assert.Throws<SecurityTokenInvalidIssuerException>(() => _validator.Validate($"https://login.example/{tenantId}/v2.0", ClaimsOnlyToken.With(tenantId, "2.0"), new TokenValidationParameters()));
}
