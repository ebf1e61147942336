using GraphCallback.Core.Callers;

namespace GraphCallback.Core.Tests.Callers;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("030 1234567", "DE", "+49301234567")]
    [InlineData("+49 (30) 123-4567", "US", "+49301234567")]
    [InlineData("(212) 555-0142", "US", "+12125550142")]
    [InlineData("020 7946 0018", "GB", "+442079460018")]
    [InlineData("tel:+1-212-555-0142", "DE", "+12125550142")]
    [InlineData("sip:+12125550142@contoso.com;user=phone", "DE", "+12125550142")]
    [InlineData("00 44 20 7946 0018", "DE", "+442079460018")]
    public void Normalises_to_E164_using_the_default_region_only_when_no_country_code_is_given(string raw, string region, string expected)
    {
        var number = PhoneNumber.Parse(raw, region);

        Assert.True(number.IsKnown);
        Assert.Equal(expected, number.E164);
        Assert.Equal(raw, number.Raw);
    }

    [Fact]
    public void The_same_digits_mean_different_numbers_in_different_default_regions()
    {
        var us = PhoneNumber.Parse("2125550142", "US");
        var de = PhoneNumber.Parse("2125550142", "DE");

        Assert.NotEqual(us.E164, de.E164);
        Assert.StartsWith("+1", us.E164, StringComparison.Ordinal);
        Assert.StartsWith("+49", de.E164, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Anonymous")]
    [InlineData("Unknown caller")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("+1 212")]
    public void Unparseable_input_becomes_an_unknown_number_keeping_its_raw_text(string? raw)
    {
        var number = PhoneNumber.Parse(raw, "DE");

        Assert.False(number.IsKnown);
        Assert.Null(number.E164);
        Assert.Equal(raw?.Trim() ?? string.Empty, number.Raw);
        Assert.Equal("unknown number", number.Display);
        Assert.Null(number.TelUri);
    }

    [Fact]
    public void A_known_number_offers_a_tel_uri_and_an_international_display()
    {
        var number = PhoneNumber.Parse("030 1234567", "DE");

        Assert.Equal(new Uri("tel:+49301234567"), number.TelUri);
        Assert.Equal("+49 30 1234567", number.Display);
    }

    [Fact]
    public void Equal_numbers_written_differently_are_equal_by_E164()
    {
        Assert.Equal(PhoneNumber.Parse("030 1234567", "DE").E164, PhoneNumber.Parse("+49-30-1234567", "FR").E164);
    }
}
