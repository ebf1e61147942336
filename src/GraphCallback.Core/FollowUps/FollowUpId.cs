using System.Diagnostics.CodeAnalysis;

namespace GraphCallback.Core.FollowUps;

/// <summary>A follow-up's identity: a version-7 GUID, so ids sort by creation time.</summary>
public readonly record struct FollowUpId
{
    private FollowUpId(Guid value) => Value = value;

    public Guid Value { get; }

    public static FollowUpId New(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new(Guid.CreateVersion7(time.GetUtcNow()));
    }

    public static FollowUpId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException("A follow-up id is 32 hexadecimal digits.");

    public static bool TryParse([NotNullWhen(true)] string? text, out FollowUpId id)
    {
        id = default;
        if (text is null || !Guid.TryParseExact(text, "N", out var guid))
        {
            return false;
        }

        id = new FollowUpId(guid);
        return true;
    }

    public override string ToString() => Value.ToString("N");
}
