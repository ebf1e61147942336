using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>calendarView (events in a window, by start, paged) and calendarView/delta, under /users/{user} and /users/{user}/calendar.</summary>
public static class CalendarViewEndpoints
{
    private static readonly string[] Views = ["/users/{user}/calendarView", "/users/{user}/calendar/calendarView"];

    public static IEndpointRouteBuilder MapCalendarView(this IEndpointRouteBuilder graph)
    {
        foreach (var view in Views)
        {
            graph.MapGet(view, (HttpContext context, string user, TenantRegistry tenants, CalendarState calendars) =>
            {
                var window = CalendarWindow.From(context.Request);
                var zone = PreferredTimeZone.Resolve(context);
                var events = window.Select(EventEndpoints.For(context, user, tenants, calendars).Events.Items);
                return GraphResults.List(context, events, EventRendering.FilterView, (e, query) => EventRendering.Render(e, query, zone));
            });

            graph.MapGet(view + "/delta", (HttpContext context, string user, TenantRegistry tenants, CalendarState calendars) =>
            {
                var window = CalendarWindow.From(context.Request);
                var zone = PreferredTimeZone.Resolve(context);
                var events = EventEndpoints.For(context, user, tenants, calendars).Events;
                return CalendarViewDelta.Respond(context, events, window, (e, query) => EventRendering.Render(e, query, zone));
            });
        }

        return graph;
    }
}
