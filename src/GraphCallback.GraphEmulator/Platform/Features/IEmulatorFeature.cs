namespace GraphCallback.GraphEmulator.Platform.Features;

/// <summary>
/// One emulated area (mail, directory, To Do, ...). Implementations are discovered in this
/// assembly at start-up, so a new feature is a new folder with one class implementing this and
/// no edit to Program.cs. Keep the real mapping in the feature's own MapXxx extension methods.
/// </summary>
public interface IEmulatorFeature
{
    /// <summary>Registers the feature's state (see FeatureServices.AddFeatureState) and services.</summary>
    void AddServices(IServiceCollection services);

    /// <summary>Maps the feature's routes onto the Graph (/v1.0), control (/_emulator) or root builders.</summary>
    void Map(EmulatorRoutes routes);
}
