using System.Diagnostics.CodeAnalysis;

namespace GraphCallback.Core.FollowUps;

/// <summary>
/// How a call-back attempt went. Reached, declined politely and answered by e-mail resolve the
/// follow-up (even a polite "no" beats silence); wrong number dismisses it; the rest is phone tag.
/// </summary>
public sealed record CallOutcome
{
    public static readonly CallOutcome Reached = new("reached", OutcomeEffect.Resolves, "Reached");
    public static readonly CallOutcome LeftVoicemail = new("leftVoicemail", OutcomeEffect.KeepsOpen, "Left a voicemail");
    public static readonly CallOutcome LeftLiveMessage = new("leftLiveMessage", OutcomeEffect.KeepsOpen, "Left a message with a person");
    public static readonly CallOutcome NoAnswer = new("noAnswer", OutcomeEffect.KeepsOpen, "No answer");
    public static readonly CallOutcome Busy = new("busy", OutcomeEffect.KeepsOpen, "Busy");
    public static readonly CallOutcome WrongNumber = new("wrongNumber", OutcomeEffect.Dismisses, "Wrong number");
    public static readonly CallOutcome DeclinedPolitely = new("declinedPolitely", OutcomeEffect.Resolves, "Declined politely");
    public static readonly CallOutcome AnsweredByEmail = new("answeredByEmail", OutcomeEffect.Resolves, "Answered by e-mail");

    private CallOutcome(string name, OutcomeEffect effect, string description)
    {
        Name = name;
        Effect = effect;
        Description = description;
    }

    public static IReadOnlyList<CallOutcome> All { get; } =
        [Reached, LeftVoicemail, LeftLiveMessage, NoAnswer, Busy, WrongNumber, DeclinedPolitely, AnsweredByEmail];

    /// <summary>The wire name used by the API and storage ("leftVoicemail").</summary>
    public string Name { get; }

    public OutcomeEffect Effect { get; }

    /// <summary>How the outcome reads in a follow-up's history.</summary>
    public string Description { get; }

    public static bool TryParse([NotNullWhen(true)] string? name, [NotNullWhen(true)] out CallOutcome? outcome)
    {
        outcome = All.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
        return outcome is not null;
    }

    public static CallOutcome Parse(string name) =>
        TryParse(name, out var outcome)
            ? outcome
            : throw new FormatException($"Unknown outcome '{name}'. Known: {string.Join(", ", All.Select(o => o.Name))}.");

    public override string ToString() => Name;
}
