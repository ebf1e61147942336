using GraphCallback.GraphEmulator.Calendar.Schedule;
using GraphCallback.GraphEmulator.Platform.Features;
using GraphCallback.GraphEmulator.Scenarios;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>The default calendar: events, calendarView and its delta, getSchedule, and events seeded from the scenario.</summary>
public sealed class CalendarFeature : IEmulatorFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddFeatureState<CalendarState>();
        services.AddSingleton<IScenarioSeeder, CalendarSeeder>();
    }

    public void Map(EmulatorRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Graph.MapEvents();
        routes.Graph.MapCalendarView();
        routes.Graph.MapGetSchedule();
    }
}
