using GraphCallback.Core.Callers;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Intake;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.Settings;

/// <summary>
/// A user's choices, with defaults that follow the call-back habit: return every call within
/// 24 hours, in a set block late each working day, about three minutes a call.
/// </summary>
public sealed record UserSettings
{
    public int SlaHours { get; init; } = 24;

    public int EscalationHours { get; init; } = 48;

    /// <summary>How long before the deadline the To Do reminder fires.</summary>
    public int ReminderHoursBeforeDue { get; init; } = 2;

    public TimeOnly CallBackWindowStart { get; init; } = new(16, 0);

    public TimeOnly CallBackWindowEnd { get; init; } = new(17, 0);

    /// <summary>Start of an optional second daily window (say, first thing in the morning); none by default.</summary>
    public TimeOnly? SecondCallBackWindowStart { get; init; }

    /// <summary>End of the optional second window.</summary>
    public TimeOnly? SecondCallBackWindowEnd { get; init; }

    /// <summary>Days to book call-back time on; null means the user's working days.</summary>
    public IReadOnlyList<DayOfWeek>? CallBackDays { get; init; }

    public int MinutesPerCall { get; init; } = 3;

    public int WrapUpMinutesPerCall { get; init; } = 1;

    public IReadOnlyList<CallerKind> PriorityOrder { get; init; } = PriorityRules.Default.Order;

    /// <summary>Outlook contact categories that mark a client.</summary>
    public IReadOnlyList<string> ClientCategories { get; init; } = ["Client", "Customer"];

    /// <summary>Company names whose people are clients.</summary>
    public IReadOnlyList<string> ClientCompanies { get; init; } = [];

    /// <summary>Outlook contact categories that mark a vendor or salesperson.</summary>
    public IReadOnlyList<string> VendorCategories { get; init; } = ["Vendor", "Supplier", "Sales"];

    /// <summary>Numbers (E.164) whose calls are dismissed as spam.</summary>
    public IReadOnlyList<string> BlockedNumbers { get; init; } = [];

    /// <summary>ISO 3166 region for numbers written without a country code.</summary>
    public string DefaultRegion { get; init; } = "US";

    public string TodoListName { get; init; } = "Call-backs";

    /// <summary>Object ids of colleagues (an assistant) this user allows to enter follow-ups for them.</summary>
    public IReadOnlyList<string> Delegates { get; init; } = [];

    public bool AllowsDelegate(string objectId) => Delegates.Contains(objectId, StringComparer.OrdinalIgnoreCase);

    public static UserSettings Default { get; } = new();

    public SlaPolicy ToSlaPolicy() => new(
        TimeSpan.FromHours(SlaHours),
        TimeSpan.FromHours(EscalationHours),
        TimeSpan.FromHours(Math.Min(ReminderHoursBeforeDue, SlaHours)));

    public PriorityRules ToPriorityRules() => new(PriorityOrder);

    /// <summary>What intake applies for this user, given their working week from mailbox settings.</summary>
    public UserPolicy ToPolicy(WorkingHours hours) => new(hours, ToSlaPolicy(), ToPriorityRules())
    {
        BlockedNumbers = BlockedNumbers.ToHashSet(StringComparer.Ordinal),
    };
}
