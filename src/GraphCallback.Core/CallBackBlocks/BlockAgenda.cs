using System.Globalization;
using System.Net;
using System.Text;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;

namespace GraphCallback.Core.CallBackBlocks;

/// <summary>
/// What the call-back block says: "Call-back time (N calls)" and, in priority then due order, who
/// to call, with their company, a tel: link, why they called and how often we tried. Everything
/// the person needs to make each call in about three minutes without opening anything else.
/// </summary>
public sealed record BlockAgenda(string Title, string HtmlBody)
{
    public static BlockAgenda For(IEnumerable<FollowUp> pending, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(zone);
        var calls = pending.Where(f => f.IsPending).OrderBy(f => f.Priority).ThenBy(f => f.Sla.DueAt).ToList();
        var body = new StringBuilder("<p>Return these calls; a few minutes each. If you reach voicemail, say when you can be reached and offer e-mail.</p><ol>");
        foreach (var followUp in calls)
        {
            body.Append("<li><strong>").Append(Html(followUp.Caller.Label)).Append("</strong>");
            if (followUp.Caller.Company is { } company)
            {
                body.Append(" (").Append(Html(company)).Append(')');
            }

            if (followUp.Caller.Number.TelUri is { } tel)
            {
                body.Append(" — <a href=\"").Append(Html(tel.ToString())).Append("\">").Append(Html(followUp.Caller.Number.Display)).Append("</a>");
            }

            var due = WallClock.LocalOf(followUp.Sla.DueAt, zone).ToString("ddd HH:mm", CultureInfo.InvariantCulture);
            body.Append("<br/>").Append(followUp.CallCount == 1 ? "Called once" : $"Called {followUp.CallCount} times")
                .Append(", due ").Append(due);
            if (followUp.Attempts.Count > 0)
            {
                body.Append(", ").Append(followUp.Attempts.Count == 1 ? "1 attempt so far" : $"{followUp.Attempts.Count} attempts so far");
            }

            if (followUp.TranscriptExcerpt is { } why)
            {
                body.Append("<br/><em>").Append(Html(why)).Append("</em>");
            }

            body.Append("</li>");
        }

        body.Append("</ol>");
        var title = calls.Count == 1 ? "Call-back time (1 call)" : $"Call-back time ({calls.Count} calls)";
        return new BlockAgenda(title, body.ToString());
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
