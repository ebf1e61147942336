using GraphCallback.Core.Callers;
using PhoneNumberUtil = PhoneNumbers.PhoneNumberUtil;

namespace GraphCallback.Core.Settings;

/// <summary>Checks settings before they are stored; every problem is reported, not just the first.</summary>
public static class SettingsValidator
{
    private static readonly HashSet<string> Regions = [.. PhoneNumberUtil.GetInstance().GetSupportedRegions()];

    private static void CheckSecondWindow(UserSettings settings, Action<bool, string, string> check)
    {
        if (settings.SecondCallBackWindowStart is not { } start || settings.SecondCallBackWindowEnd is not { } end)
        {
            check(settings.SecondCallBackWindowStart is null && settings.SecondCallBackWindowEnd is null, "secondCallBackWindowEnd", "Give both ends of the second window, or neither.");
            return;
        }

        check(end - start >= TimeSpan.FromMinutes(15) && end > start, "secondCallBackWindowEnd", "The second window must end at least 15 minutes after it starts.");
        check(end <= settings.CallBackWindowStart || start >= settings.CallBackWindowEnd, "secondCallBackWindowStart", "The two windows must not overlap.");
    }

    public static IReadOnlyList<SettingsError> Validate(UserSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<SettingsError>();
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors.Add(new SettingsError(field, message));
            }
        }

        Check(settings.SlaHours is >= 1 and <= 168, "slaHours", "Must be between 1 and 168 hours.");
        Check(settings.EscalationHours >= settings.SlaHours && settings.EscalationHours <= 336, "escalationHours", "Must be at least slaHours and at most 336 hours.");
        Check(settings.ReminderHoursBeforeDue is >= 0 and <= 48, "reminderHoursBeforeDue", "Must be between 0 and 48 hours.");
        Check(settings.CallBackWindowEnd > settings.CallBackWindowStart, "callBackWindowEnd", "Must be after callBackWindowStart.");
        Check(settings.CallBackWindowEnd - settings.CallBackWindowStart >= TimeSpan.FromMinutes(15), "callBackWindowEnd", "The window must be at least 15 minutes long.");
        CheckSecondWindow(settings, Check);
        Check(settings.CallBackDays is null || (settings.CallBackDays.Count > 0 && settings.CallBackDays.Distinct().Count() == settings.CallBackDays.Count), "callBackDays", "Name each day at most once, and at least one day.");
        Check(settings.MinutesPerCall is >= 1 and <= 30, "minutesPerCall", "Must be between 1 and 30 minutes.");
        Check(settings.WrapUpMinutesPerCall is >= 0 and <= 15, "wrapUpMinutesPerCall", "Must be between 0 and 15 minutes.");
        Check(
            settings.PriorityOrder.Count == Enum.GetValues<CallerKind>().Length && settings.PriorityOrder.Distinct().Count() == settings.PriorityOrder.Count,
            "priorityOrder",
            $"Must name each of {string.Join(", ", Enum.GetNames<CallerKind>())} exactly once.");
        Check(settings.ClientCategories.All(c => !string.IsNullOrWhiteSpace(c)), "clientCategories", "Categories cannot be blank.");
        Check(settings.VendorCategories.All(c => !string.IsNullOrWhiteSpace(c)), "vendorCategories", "Categories cannot be blank.");
        Check(settings.ClientCompanies.All(c => !string.IsNullOrWhiteSpace(c)), "clientCompanies", "Company names cannot be blank.");
        Check(Regions.Contains(settings.DefaultRegion), "defaultRegion", "Must be an ISO 3166 region code libphonenumber knows, such as US or DE.");
        for (var i = 0; i < settings.BlockedNumbers.Count; i++)
        {
            var number = settings.BlockedNumbers[i];
            Check(PhoneNumber.Parse(number, "US").E164 == number, $"blockedNumbers[{i}]", "Must be a phone number in E.164 form, such as +14255550100.");
        }

        for (var i = 0; i < settings.Delegates.Count; i++)
        {
            Check(Guid.TryParse(settings.Delegates[i], out _), $"delegates[{i}]", "Must be a colleague's Entra object id.");
        }

        Check(!string.IsNullOrWhiteSpace(settings.TodoListName) && settings.TodoListName.Length <= 255, "todoListName", "Must be 1 to 255 characters.");
        return errors;
    }
}
