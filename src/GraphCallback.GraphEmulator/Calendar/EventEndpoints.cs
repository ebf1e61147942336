using System.Net;
using GraphCallback.GraphEmulator.Calendar.Outlook;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.OData;

namespace GraphCallback.GraphEmulator.Calendar;

/// <summary>/users/{user}/events and /users/{user}/calendar/events: list (paged, $filter on extended properties), create, get, update, delete.</summary>
public static class EventEndpoints
{
    private static readonly string[] Collections = ["/users/{user}/events", "/users/{user}/calendar/events"];

    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder graph)
    {
        foreach (var events in Collections)
        {
            graph.MapGet(events, (HttpContext context, string user, TenantRegistry tenants, CalendarState calendars) =>
            {
                var zone = PreferredTimeZone.Resolve(context);
                var items = For(context, user, tenants, calendars).Events.Items;
                return GraphResults.List(context, items, EventRendering.FilterView, (e, query) => EventRendering.Render(e, query, zone));
            });

            graph.MapPost(events, async (HttpContext context, string user, TenantRegistry tenants, CalendarState calendars, TimeProvider clock) =>
            {
                var zone = PreferredTimeZone.Resolve(context);
                var model = EventDocument.Parse(await OutlookBody.ReadAsync(context.Request).ConfigureAwait(false));
                var stored = For(context, user, tenants, calendars).Create(model, clock.GetUtcNow());
                return GraphResults.Json(EventRendering.Render(stored, ODataQuery.Empty, zone), HttpStatusCode.Created);
            });

            graph.MapGet(events + "/{event}", (HttpContext context, string user, string @event, TenantRegistry tenants, CalendarState calendars) =>
            {
                var zone = PreferredTimeZone.Resolve(context);
                var query = ODataQuery.From(context.Request);
                var stored = For(context, user, tenants, calendars).Find(@event);
                return GraphResults.Json(Projection.Apply(EventRendering.Render(stored, query, zone), query));
            });

            graph.MapPatch(events + "/{event}", async (HttpContext context, string user, string @event, TenantRegistry tenants, CalendarState calendars, TimeProvider clock) =>
            {
                var zone = PreferredTimeZone.Resolve(context);
                var patch = await OutlookBody.ReadAsync(context.Request).ConfigureAwait(false);
                var stored = For(context, user, tenants, calendars).Update(@event, current => EventDocument.Merge(current.ToJson(), patch, clock.GetUtcNow()));
                return GraphResults.Json(EventRendering.Render(stored, ODataQuery.Empty, zone));
            });

            graph.MapDelete(events + "/{event}", (HttpContext context, string user, string @event, TenantRegistry tenants, CalendarState calendars) =>
            {
                For(context, user, tenants, calendars).Delete(@event);
                return Results.NoContent();
            });
        }

        return graph;
    }

    internal static UserCalendar For(HttpContext context, string user, TenantRegistry tenants, CalendarState calendars) =>
        calendars.For(tenants.Resolve(context, user));
}
