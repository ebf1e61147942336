using GraphCallback.Core.Settings;

namespace GraphCallback.Core.Tests.Settings;

/// <summary>Delegates are named by object id, and only those named may act for the user.</summary>
public sealed class DelegateSettingsTests
{
    private const string Assistant = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

    [Fact]
    public void Only_a_listed_object_id_is_allowed_in_any_letter_case()
    {
        var settings = UserSettings.Default with { Delegates = [Assistant] };

        Assert.True(settings.AllowsDelegate(Assistant.ToUpperInvariant()));
        Assert.False(settings.AllowsDelegate("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"));
        Assert.False(UserSettings.Default.AllowsDelegate(Assistant));
    }

    [Fact]
    public void A_delegate_that_is_not_an_object_id_is_reported_by_position()
    {
        var errors = SettingsValidator.Validate(UserSettings.Default with { Delegates = [Assistant, "alex@contoso.example"] });

        Assert.Equal("delegates[1]", Assert.Single(errors).Field);
    }
}
