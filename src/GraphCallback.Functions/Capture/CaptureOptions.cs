namespace GraphCallback.Functions.Capture;

/// <summary>How far capture looks back: configuration section <c>Capture</c>.</summary>
public sealed class CaptureOptions
{
    public const string Section = "Capture";

    /// <summary>Days of inbox a newly connected user (or an expired delta) is back-filled with.</summary>
    public int BackfillDays { get; set; } = 7;

    /// <summary>Subscriptions expiring within this many hours are renewed by the timer.</summary>
    public int RenewWithinHours { get; set; } = 12;
}
