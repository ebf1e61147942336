using GraphCallback.Functions;
using GraphCallback.Testing;

// The app built exactly as Program builds it, on a clock that carries on from the suite's, plus
// one route of the suite's own to move that clock when the suite moves its own.
var (clock, appArguments) = SharedClock.From(args);
var builder = FunctionsApp.CreateBuilder(appArguments);
builder.Services.AddSingleton<TimeProvider>(clock);
var app = FunctionsApp.Build(builder);
app.MapPost(ClockRoute.Path, (double seconds) =>
{
    clock.Advance(TimeSpan.FromSeconds(seconds));
    return Results.NoContent();
});
await app.RunAsync();
