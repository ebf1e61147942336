namespace GraphCallback.Functions.Hosting;

/// <summary>
/// What the app paces its waits on storage by: the stand-alone queue listener's polls and the
/// start-up retries of creating tables and queues. It is kept apart from the app's
/// <see cref="TimeProvider"/> because Azurite hides and shows messages on real time: a test that
/// stops the app's clock to reason about deadlines must not stop the queues with it.
/// </summary>
/// <param name="Time">Real time in every run; a test may only speed it up, never freeze it.</param>
public sealed record PollingClock(TimeProvider Time);
