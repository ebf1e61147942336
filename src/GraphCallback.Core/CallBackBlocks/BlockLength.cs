using GraphCallback.Core.Settings;

namespace GraphCallback.Core.CallBackBlocks;

/// <summary>
/// How long a block must be: each call takes a few minutes plus wrap-up (3 + 1 by default),
/// rounded up to a quarter hour so it sits well on a calendar, at least 15 minutes and at most an
/// hour, because call-backs are meant to be brief.
/// </summary>
public static class BlockLength
{
    public static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public static TimeSpan For(int calls, UserSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var minutes = Math.Max(calls, 1) * (settings.MinutesPerCall + settings.WrapUpMinutesPerCall);
        var quarters = (int)Math.Ceiling(minutes / Quarter.TotalMinutes);
        return TimeSpan.FromTicks(Math.Clamp(quarters * Quarter.Ticks, Quarter.Ticks, Longest.Ticks));
    }
}
