using GraphCallback.GraphEmulator.Scenarios;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Directory;

/// <summary>Adds each scenario user's contacts.</summary>
public sealed class ContactsSeeder(ContactsState contacts) : IScenarioSeeder
{
    public void Seed(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        foreach (var user in scenario.Users)
        {
            foreach (var c in user.Contacts)
            {
                contacts.Add(user.Id, new Contact
                {
                    DisplayName = c.DisplayName,
                    GivenName = c.GivenName,
                    Surname = c.Surname,
                    CompanyName = c.CompanyName,
                    JobTitle = c.JobTitle,
                    BusinessPhones = [.. c.BusinessPhones],
                    HomePhones = [.. c.HomePhones],
                    MobilePhone = c.MobilePhone,
                    EmailAddresses = c.EmailAddresses.Select(a => new EmailAddress { Name = c.DisplayName, Address = a }).ToList(),
                    Categories = [.. c.Categories],
                });
            }
        }
    }
}
