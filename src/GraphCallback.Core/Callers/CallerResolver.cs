using GraphCallback.Core.Settings;

namespace GraphCallback.Core.Callers;

/// <summary>
/// Works out who a caller is from their number: an Outlook contact (with company and categories
/// that may mark a client or a vendor), a colleague from the tenant directory, or else unknown,
/// keeping whatever name the call itself carried.
/// </summary>
public static class CallerResolver
{
    public static Caller Resolve(Caller fromCall, PhoneBook phoneBook, UserSettings settings)
    {
        ArgumentNullException.ThrowIfNull(fromCall);
        ArgumentNullException.ThrowIfNull(phoneBook);
        ArgumentNullException.ThrowIfNull(settings);
        if (!phoneBook.TryFind(fromCall.Number, out var person, out var isColleague))
        {
            return fromCall with { Kind = CallerKind.Unknown };
        }

        var kind = isColleague ? CallerKind.Colleague : KindOf(person, settings);
        return new Caller(fromCall.Number, person.DisplayName ?? fromCall.DisplayName, person.Company, kind, person.Email);
    }

    private static CallerKind KindOf(KnownPerson contact, UserSettings settings)
    {
        if (contact.Categories.Any(c => settings.ClientCategories.Contains(c, StringComparer.OrdinalIgnoreCase))
            || (contact.Company is { } company && settings.ClientCompanies.Contains(company, StringComparer.OrdinalIgnoreCase)))
        {
            return CallerKind.Client;
        }

        return contact.Categories.Any(c => settings.VendorCategories.Contains(c, StringComparer.OrdinalIgnoreCase))
            ? CallerKind.Vendor
            : CallerKind.KnownContact;
    }
}
