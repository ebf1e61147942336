namespace GraphCallback.GraphEmulator.Scenarios;

/// <summary>
/// A feature's part of loading a scenario: runs after the tenant and users exist and every
/// IResettable was reset. Register with services.AddSingleton&lt;IScenarioSeeder, YourSeeder&gt;().
/// </summary>
public interface IScenarioSeeder
{
    void Seed(Scenario scenario);
}
