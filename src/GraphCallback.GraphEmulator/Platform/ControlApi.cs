namespace GraphCallback.GraphEmulator.Platform;

/// <summary>Where the emulator's own control API lives: outside Graph's URL space, never counted or faulted.</summary>
public static class ControlApi
{
    public const string Prefix = "/_emulator";
}
