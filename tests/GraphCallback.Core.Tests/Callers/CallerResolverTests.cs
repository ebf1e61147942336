using GraphCallback.Core.Callers;
using GraphCallback.Core.Settings;

namespace GraphCallback.Core.Tests.Callers;

public class CallerResolverTests
{
    private static readonly UserSettings Settings = UserSettings.Default with { DefaultRegion = "DE", ClientCompanies = ["Contoso"] };

    private static readonly KnownPerson Ana = new("Ana Lima", "Fabrikam", ["Client"], ["+49 30 1111111"], "ana@fabrikam.com");
    private static readonly KnownPerson Vera = new("Vera Vendor", "Supplies Ltd", ["Sales"], ["030 2222222"], null);
    private static readonly KnownPerson Carl = new("Carl Contoso", "Contoso", [], ["030 3333333"], null);
    private static readonly KnownPerson Kim = new("Kim Known", null, [], ["0170 4444444"], null);
    private static readonly KnownPerson Colleague = new("Cole League", null, [], ["+49 30 5555555", "+49 30 1111111"], "cole@contoso.com");

    private static readonly PhoneBook Book = new([Ana, Vera, Carl, Kim], [Colleague], "DE");

    private static Caller Call(string number, string? name = null) => new(PhoneNumber.Parse(number, "DE"), name);

    [Theory]
    [InlineData("030 1111111", "Ana Lima", CallerKind.Client)]
    [InlineData("+49 30 2222222", "Vera Vendor", CallerKind.Vendor)]
    [InlineData("+49 30 3333333", "Carl Contoso", CallerKind.Client)]
    [InlineData("+49 170 4444444", "Kim Known", CallerKind.KnownContact)]
    [InlineData("030 5555555", "Cole League", CallerKind.Colleague)]
    public void Numbers_written_any_way_find_the_right_person_and_kind(string number, string name, CallerKind kind)
    {
        var caller = CallerResolver.Resolve(Call(number), Book, Settings);

        Assert.Equal(name, caller.DisplayName);
        Assert.Equal(kind, caller.Kind);
    }

    [Fact]
    public void A_contact_wins_over_a_colleague_with_the_same_number_and_brings_company_and_email()
    {
        var caller = CallerResolver.Resolve(Call("+49301111111"), Book, Settings);

        Assert.Equal("Fabrikam", caller.Company);
        Assert.Equal("ana@fabrikam.com", caller.Email);
    }

    [Fact]
    public void An_unknown_caller_keeps_the_name_from_the_call_and_stays_unknown()
    {
        var caller = CallerResolver.Resolve(Call("+49 30 9999999", "J. Doe (voicemail)"), Book, Settings);
        var anonymous = CallerResolver.Resolve(new Caller(PhoneNumber.Unknown("Anonymous")), Book, Settings);

        Assert.Equal("J. Doe (voicemail)", caller.DisplayName);
        Assert.Equal(CallerKind.Unknown, caller.Kind);
        Assert.Equal(CallerKind.Unknown, anonymous.Kind);
    }

    [Fact]
    public void The_phone_book_indexes_every_parseable_number_once()
    {
        Assert.Equal(5, Book.Count);
        Assert.False(new PhoneBook([new KnownPerson("X", null, [], ["n/a"], null)], [], "DE").TryFind(PhoneNumber.Parse("n/a", "DE"), out _, out _));
    }
}
