using System.Text.Json;
using GraphCallback.GraphEmulator.Identity;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Scenarios;

/// <summary>
/// Loads a scenario: resets all state, creates the tenant, apps and users, then lets every
/// feature's IScenarioSeeder add its items. "demo" names the built-in scenario.
/// </summary>
public sealed class ScenarioLoader(IEnumerable<IResettable> state, IEnumerable<IScenarioSeeder> seeders, TenantRegistry tenants, ClientApps apps, ILogger<ScenarioLoader> logger)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The built-in scenario file shipped next to the emulator.</summary>
    public static string DemoPath => Path.Combine(AppContext.BaseDirectory, "Scenarios", "demo.json");

    public static Scenario Read(string nameOrPath)
    {
        var path = nameOrPath.Equals("demo", StringComparison.OrdinalIgnoreCase) ? DemoPath : nameOrPath;
        return Parse(File.ReadAllText(path));
    }

    public static Scenario Parse(string json) =>
        JsonSerializer.Deserialize<Scenario>(json, JsonOptions) ?? throw new InvalidDataException("The scenario is empty.");

    /// <summary>Empties every feature's state, as the control API's reset does.</summary>
    public void ResetAll()
    {
        foreach (var resettable in state)
        {
            resettable.Reset();
        }
    }

    public void Load(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ResetAll();
        tenants.AddTenant(new EmulatedTenant(scenario.Tenant.Id, scenario.Tenant.DisplayName, scenario.Tenant.Domain), makeDefault: true);
        foreach (var app in scenario.Apps)
        {
            apps.Register(new ClientApp(app.ClientId, app.ClientSecret, app.DisplayName, app.Roles ?? ClientApp.DefaultRoles, app.DelegatedScopes ?? ClientApp.DefaultScopes)
            {
                RedirectUris = app.RedirectUris ?? [],
                RequestedAccessTokenVersion = app.RequestedAccessTokenVersion,
            });
        }

        foreach (var user in scenario.Users)
        {
            tenants.AddUser(ToUser(scenario, user));
        }

        foreach (var seeder in seeders)
        {
            seeder.Seed(scenario);
        }

        logger.LogInformation("Loaded scenario for tenant {Tenant} with {Users} users", scenario.Tenant.Domain, scenario.Users.Count);
    }

    private static EmulatedUser ToUser(Scenario scenario, ScenarioUser user)
    {
        var manager = user.Manager is null ? null : scenario.Users.FirstOrDefault(u =>
            u.Id.Equals(user.Manager, StringComparison.OrdinalIgnoreCase) || u.UserPrincipalName.Equals(user.Manager, StringComparison.OrdinalIgnoreCase));
        var hours = user.WorkingHours;
        return new EmulatedUser
        {
            Id = user.Id,
            TenantId = scenario.Tenant.Id,
            UserPrincipalName = user.UserPrincipalName,
            DisplayName = user.DisplayName,
            GivenName = user.GivenName,
            Surname = user.Surname,
            Mail = user.Mail ?? user.UserPrincipalName,
            TeamsOnly = user.TeamsOnly,
            JobTitle = user.JobTitle,
            Department = user.Department,
            OfficeLocation = user.OfficeLocation,
            BusinessPhones = user.BusinessPhones,
            MobilePhone = user.MobilePhone,
            ManagerId = manager?.Id,
            TimeZone = user.TimeZone,
            WorkingHours = hours is null
                ? WorkHours.Default(user.TimeZone)
                : new WorkHours(hours.DaysOfWeek, TimeOnly.Parse(hours.StartTime, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(hours.EndTime, System.Globalization.CultureInfo.InvariantCulture), hours.TimeZone ?? user.TimeZone),
        };
    }
}
