using GraphCallback.Functions.Api;
using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.Functions.Tests.Api;

/// <summary>A v2.0 token names the API by client id only; a v1.0 token by App ID URI or client id.</summary>
public sealed class ApiAudienceValidatorTests
{
    private const string ClientId = "7d3c9f1e-2b4a-4c6d-8e0f-1a2b3c4d5e6f";
    private const string AppIdUri = "api://contoso.example/" + ClientId;

    private readonly ApiAudienceValidator _validator = new(ClientId, AppIdUri);

    [Theory]
    [InlineData("2.0", ClientId)]
    [InlineData("1.0", AppIdUri)]
    [InlineData("1.0", ClientId)]
    public void Accepts_the_audience_its_version_uses(string version, string audience) =>
        Assert.True(_validator.Validate([audience], ClaimsOnlyToken.With(version: version), new TokenValidationParameters()));

    [Theory]
    [InlineData("2.0", AppIdUri)]
    [InlineData("2.0", "https://graph.microsoft.com")]
    [InlineData("1.0", "https://graph.microsoft.com")]
    [InlineData("1.0", "api://" + ClientId)]
    [InlineData(null, ClientId)]
    public void Refuses_another_apis_or_another_versions_audience(string? version, string audience) =>
        Assert.Throws<SecurityTokenInvalidAudienceException>(() => _validator.Validate([audience], ClaimsOnlyToken.With(version: version), new TokenValidationParameters()));

    [Fact]
    public void Refuses_a_token_for_several_audiences_even_if_one_is_ours() =>
        Assert.Throws<SecurityTokenInvalidAudienceException>(() => _validator.Validate([ClientId, "https://graph.microsoft.com"], ClaimsOnlyToken.With(version: "2.0"), new TokenValidationParameters()));
}
