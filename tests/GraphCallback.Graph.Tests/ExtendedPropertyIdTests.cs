namespace GraphCallback.Graph.Tests;

public class ExtendedPropertyIdTests
{
    [Theory]
    [InlineData("String 0x001A", "String 0x1a")]
    [InlineData("String 0x001A", "string 0x1A")]
    [InlineData("Integer 0x6801", "Integer 0x6801")]
    [InlineData("String {00020386-0000-0000-C000-000000000046} Name X-CallingTelephoneNumber", "String {00020386-0000-0000-c000-000000000046} Name X-CallingTelephoneNumber")]
    [InlineData("Integer {00062008-0000-0000-C000-000000000046} Id 0x8501", "Integer {00062008-0000-0000-c000-000000000046} Id 0x8501")]
    public void Ids_that_name_the_same_property_are_equal_however_Exchange_spells_them(string asked, string echoed)
    {
        var a = ExtendedPropertyId.Parse(asked);
        var b = ExtendedPropertyId.Parse(echoed);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("String 0x001A", "String 0x001B")]
    [InlineData("String 0x001A", "Integer 0x001A")]
    [InlineData("String {4442858E-A9E3-4E80-B900-317A210CC15B} Name AsrData", "String {4442858E-A9E3-4E80-B900-317A210CC15B} Name asrdata")]
    [InlineData("String {4442858E-A9E3-4E80-B900-317A210CC15B} Name AsrData", "String {00020386-0000-0000-C000-000000000046} Name AsrData")]
    [InlineData("String {4442858E-A9E3-4E80-B900-317A210CC15B} Id 0x0001", "String {4442858E-A9E3-4E80-B900-317A210CC15B} Name 0x0001")]
    public void Ids_of_different_properties_differ_and_names_are_case_sensitive(string left, string right) =>
        Assert.NotEqual(ExtendedPropertyId.Parse(left), ExtendedPropertyId.Parse(right));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("String")]
    [InlineData("String 001A")]
    [InlineData("String 0xZZ")]
    [InlineData("String {not-a-guid} Name X")]
    [InlineData("String {4442858E-A9E3-4E80-B900-317A210CC15B} Tag X")]
    public void Text_that_is_no_property_id_is_refused(string? text)
    {
        Assert.False(ExtendedPropertyId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => ExtendedPropertyId.Parse(text ?? string.Empty));
    }
}
