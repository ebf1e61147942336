using GraphCallback.Core.Sla;

namespace GraphCallback.Core.CallBackBlocks;

/// <summary>
/// Decides the day's call-back block: a set time each working day, sized for the calls waiting.
/// Pure: free/busy, settings and the booked block come in, a plan with its reason goes out.
/// The rules, in order:
/// no block on days off or away days, or with nothing pending; a block the user deleted is not
/// booked again that day; a block starting within the hour is never moved or shrunk; a block the
/// user moved keeps their time; otherwise the block sits at the first free slot of its length in
/// the preferred window, or failing that the free slot nearest to the window that ends before the
/// earliest deadline, or there is no time today. Blocks grow into adjacent free time and shrink
/// as calls are returned.
/// </summary>
public static class CallBackPlanner
{
    /// <summary>A block this close to starting is fixed: the user may already be preparing for it.</summary>
    public static readonly TimeSpan Freeze = TimeSpan.FromHours(1);

    public static BlockPlan Plan(PlanningDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var booked = day.Booked;
        var frozen = booked is not null && booked.Time.Start <= day.Now + Freeze;

        if (booked?.DeletedByUser == true)
        {
            return new BlockPlan(PlanAction.Nothing, null, day.PendingCalls, "You removed today's call-back time, so it stays off the calendar today.");
        }

        var offReason = DayOffReason(day);
        if (offReason is not null || day.PendingCalls == 0)
        {
            var reason = offReason ?? "Every call is returned.";
            return booked is not null && !frozen
                ? new BlockPlan(PlanAction.Remove, null, 0, reason)
                : new BlockPlan(PlanAction.Nothing, booked?.Time, day.PendingCalls, booked is null ? reason : "The call-back time has started; it stays.");
        }

        var length = BlockLength.For(day.PendingCalls, day.Settings);
        if (booked is null)
        {
            return FindSlot(day, length) is { } slot
                ? new BlockPlan(PlanAction.Create, slot, day.PendingCalls, $"Booked {Minutes(length)} for {Calls(day.PendingCalls)}.")
                : new BlockPlan(PlanAction.NoTimeToday, null, day.PendingCalls, "No free time today before the calls fall due.");
        }

        var wanted = new TimeRange(booked.Time.Start, booked.Time.Start + length);
        if (frozen || booked.MovedByUser)
        {
            // Keep the start. Growing takes what adjacent free time there is; shrinking only when not frozen.
            var end = wanted.End > booked.Time.End ? GrowableEnd(day, booked.Time, wanted.End) : frozen ? booked.Time.End : wanted.End;
            var kept = new TimeRange(booked.Time.Start, end);
            return kept == booked.Time
                ? new BlockPlan(PlanAction.Describe, kept, day.PendingCalls, frozen ? "The call-back time starts within the hour; only its list changes." : "Kept at the time you chose.")
                : new BlockPlan(PlanAction.Resize, kept, day.PendingCalls, $"Now {Minutes(kept.Length)} for {Calls(day.PendingCalls)}.");
        }

        if (IsFree(day, wanted))
        {
            return wanted == booked.Time
                ? new BlockPlan(PlanAction.Describe, wanted, day.PendingCalls, "Same time; the list of calls is refreshed.")
                : new BlockPlan(PlanAction.Resize, wanted, day.PendingCalls, $"Now {Minutes(length)} for {Calls(day.PendingCalls)}.");
        }

        return FindSlot(day, length) is { } moved
            ? new BlockPlan(PlanAction.Move, moved, day.PendingCalls, $"Moved to fit {Minutes(length)} for {Calls(day.PendingCalls)}.")
            : new BlockPlan(PlanAction.Describe, booked.Time, day.PendingCalls, "No room to grow today; the list of calls is refreshed.");
    }

    private static string? DayOffReason(PlanningDay day)
    {
        var callBackDays = day.Settings.CallBackDays ?? [.. day.Hours.Days];
        if (!callBackDays.Contains(day.Day.DayOfWeek) || day.Hours.On(day.Day) is null)
        {
            return "No call-back time on a day off.";
        }

        var working = day.Hours.On(day.Day)!.Value;
        return day.OutOfOffice is { } away && away.Overlaps(new TimeRange(working.Start, working.End))
            ? "No call-back time while you are away."
            : null;
    }

    private static TimeRange? FindSlot(PlanningDay day, TimeSpan length)
    {
        var zone = day.Hours.Zone;
        var window = (day.Window ?? CallBackWindow.All(day.Settings).First(w => w.Number == 1)).On(day.Day, zone);
        var earliestStart = RoundUpToQuarter(day.Now);

        var inWindow = Candidates(window, length, earliestStart).FirstOrDefault(s => IsFree(day, s));
        if (inWindow != default)
        {
            return inWindow;
        }

        // Fallback: anywhere in working hours that ends before the first deadline, nearest to the window.
        var working = day.Hours.On(day.Day)!.Value;
        var latestEnd = day.EarliestDue is { } due && due < working.End ? due : working.End;
        var fallback = Candidates(new TimeRange(working.Start, latestEnd < working.Start ? working.Start : latestEnd), length, earliestStart)
            .Where(s => IsFree(day, s))
            .OrderBy(s => (s.Start - window.Start).Duration())
            .FirstOrDefault();
        return fallback == default ? null : fallback;
    }

    private static IEnumerable<TimeRange> Candidates(TimeRange within, TimeSpan length, DateTimeOffset earliestStart)
    {
        for (var start = within.Start; start + length <= within.End; start += BlockLength.Quarter)
        {
            if (start >= earliestStart)
            {
                yield return new TimeRange(start, start + length);
            }
        }
    }

    private static DateTimeOffset GrowableEnd(PlanningDay day, TimeRange current, DateTimeOffset wantedEnd)
    {
        var end = current.End;
        while (end < wantedEnd)
        {
            var next = end + BlockLength.Quarter < wantedEnd ? end + BlockLength.Quarter : wantedEnd;
            if (!IsFree(day, new TimeRange(end, next)))
            {
                break;
            }

            end = next;
        }

        return end;
    }

    private static bool IsFree(PlanningDay day, TimeRange slot) => !day.Busy.Any(b => b.Overlaps(slot));

    private static DateTimeOffset RoundUpToQuarter(DateTimeOffset instant)
    {
        var ticks = BlockLength.Quarter.Ticks;
        var remainder = instant.UtcTicks % ticks;
        return remainder == 0 ? instant : instant.AddTicks(ticks - remainder);
    }

    private static string Minutes(TimeSpan length) => $"{(int)length.TotalMinutes} minutes";

    private static string Calls(int calls) => calls == 1 ? "1 call" : $"{calls} calls";
}
