using GraphCallback.Core.Callers;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace GraphCallback.Graph.Callers;

/// <summary>Reads the people a caller can be matched against: the user's Outlook contacts and the tenant's directory.</summary>
public sealed class PhoneBookReader(GraphServiceClient graph)
{
    private static readonly string[] ContactFields = ["displayName", "companyName", "categories", "businessPhones", "homePhones", "mobilePhone", "emailAddresses"];
    private static readonly string[] UserFields = ["displayName", "businessPhones", "mobilePhone", "mail", "companyName"];

    public async Task<IReadOnlyList<KnownPerson>> ContactsAsync(string userId, CancellationToken cancellationToken = default)
    {
        var page = await graph.Users[userId].Contacts.GetAsync(
            r =>
            {
                r.QueryParameters.Select = ContactFields;
                r.QueryParameters.Top = 999;
            },
            cancellationToken).ConfigureAwait(false);
        var people = new List<KnownPerson>();
        if (page is null)
        {
            return people;
        }

        var pages = PageIterator<Contact, ContactCollectionResponse>.CreatePageIterator(graph, page, contact =>
        {
            people.Add(new KnownPerson(
                contact.DisplayName,
                contact.CompanyName,
                contact.Categories ?? [],
                [.. (contact.BusinessPhones ?? []).Concat(contact.HomePhones ?? []).Append(contact.MobilePhone).OfType<string>()],
                contact.EmailAddresses?.FirstOrDefault()?.Address));
            return true;
        });
        await pages.IterateAsync(cancellationToken).ConfigureAwait(false);
        return people;
    }

    public async Task<IReadOnlyList<KnownPerson>> ColleaguesAsync(CancellationToken cancellationToken = default)
    {
        var page = await graph.Users.GetAsync(
            r =>
            {
                r.QueryParameters.Select = UserFields;
                r.QueryParameters.Top = 999;
            },
            cancellationToken).ConfigureAwait(false);
        var people = new List<KnownPerson>();
        if (page is null)
        {
            return people;
        }

        var pages = PageIterator<User, UserCollectionResponse>.CreatePageIterator(graph, page, user =>
        {
            people.Add(new KnownPerson(
                user.DisplayName,
                user.CompanyName,
                [],
                [.. (user.BusinessPhones ?? []).Append(user.MobilePhone).OfType<string>()],
                user.Mail));
            return true;
        });
        await pages.IterateAsync(cancellationToken).ConfigureAwait(false);
        return people;
    }
}
