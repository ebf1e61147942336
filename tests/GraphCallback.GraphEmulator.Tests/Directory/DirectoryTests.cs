using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Tests.Directory;

[Collection(EmulatorCollection.Name)]
public sealed class DirectoryTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task Users_page_with_top_and_carry_the_profile_fields()
    {
        var graph = emulator.Graph();
        var first = await graph.Users.GetAsync(r => r.QueryParameters.Top = 1);
        var users = new List<User>();

        await PageIterator<User, UserCollectionResponse>.CreatePageIterator(graph, first!, u =>
        {
            users.Add(u);
            return true;
        }).IterateAsync();

        Assert.Equal(3, users.Count);
        var megan = Assert.Single(users, u => u.Id == DemoUsers.Megan);
        Assert.Equal(DemoUsers.MeganUpn, megan.UserPrincipalName);
        Assert.Equal(DemoUsers.MeganUpn, megan.Mail);
        Assert.Equal(["+44 20 7946 0101"], megan.BusinessPhones);
        Assert.Equal("+44 7700 900101", megan.MobilePhone);
        Assert.Equal("Account Manager", megan.JobTitle);
        Assert.Equal("Sales", megan.Department);
    }

    [Fact]
    public async Task Manager_and_direct_reports_follow_the_scenario()
    {
        var graph = emulator.Graph();

        var manager = await graph.Users[DemoUsers.MeganUpn].Manager.GetAsync();
        var reports = await graph.Users[DemoUsers.Alex].DirectReports.GetAsync();

        Assert.Equal(DemoUsers.Alex, Assert.IsType<User>(manager).Id);
        Assert.Equal([DemoUsers.Lidia, DemoUsers.Megan], reports!.Value!.Select(r => r.Id).Order());
        Assert.All(reports.Value!, r => Assert.IsType<User>(r));
    }

    [Fact]
    public async Task Contacts_list_pages_and_get_returns_phones_company_categories_and_addresses()
    {
        var graph = emulator.Graph();
        var first = await graph.Users[DemoUsers.Megan].Contacts.GetAsync(r => r.QueryParameters.Top = 2);
        var contacts = new List<Contact>();
        await PageIterator<Contact, ContactCollectionResponse>.CreatePageIterator(graph, first!, c =>
        {
            contacts.Add(c);
            return true;
        }).IterateAsync();

        var isaiah = await graph.Users[DemoUsers.Megan].Contacts[contacts.Single(c => c.DisplayName == "Isaiah Langer").Id].GetAsync();

        Assert.Equal(3, contacts.Count);
        Assert.Equal("Tailspin Offices", isaiah!.CompanyName);
        Assert.Equal(["+44 20 7946 0888"], isaiah.HomePhones);
        Assert.Equal("+44 7700 900888", isaiah.MobilePhone);
        Assert.Equal(["Client", "VIP"], isaiah.Categories);
        Assert.Equal("isaiah@tailspin.example", Assert.Single(isaiah.EmailAddresses!).Address);
    }
}
