using GraphCallback.GraphEmulator.Platform.Features;

namespace GraphCallback.GraphEmulator.Todo;

/// <summary>Microsoft To Do: task lists, tasks with linked resources and checklist items, task delta, and control routes.</summary>
public sealed class TodoFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services) => services.AddFeatureState<TodoState>();

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Graph.MapTodoLists();
        routes.Graph.MapTodoTasks();
        routes.Graph.MapTaskChildren();
        routes.Control.MapTodoControl();
    }
}
