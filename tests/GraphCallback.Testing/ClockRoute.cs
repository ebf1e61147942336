namespace GraphCallback.Testing;

/// <summary>
/// The reliability host's route that moves its clock forward (<c>POST {Path}?seconds=900</c>),
/// so a suite advancing its own clock keeps every instance on the same time. Never served by the app itself.
/// </summary>
public static class ClockRoute
{
    public const string Path = "/_suite/clock/advance";
}
