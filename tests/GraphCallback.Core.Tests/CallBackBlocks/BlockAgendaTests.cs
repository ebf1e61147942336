using GraphCallback.Core.CallBackBlocks;
using GraphCallback.Core.Callers;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Sla;
using static GraphCallback.Core.Tests.FollowUps.Build;

namespace GraphCallback.Core.Tests.CallBackBlocks;

public class BlockAgendaTests
{
    [Fact]
    public void The_agenda_lists_pending_calls_by_priority_then_due_with_what_is_needed_to_call()
    {
        var vendor = FollowUp.Open(NewId(), Call("vm-1", Monday10, new Caller(PhoneNumber.Parse("+4930111111", "DE"), "Vera Vendor", "Supplies & Co", CallerKind.Vendor)), 4, SlaPolicy.Default.DeadlineFor(Monday10, Hours));
        var lateClient = FollowUp.Open(NewId(), Call("vm-2", Monday10.AddHours(2), new Caller(PhoneNumber.Parse("+4930222222", "DE"), "Carla Client", "Fabrikam", CallerKind.Client), transcript: "About the <boiler>"), 1, SlaPolicy.Default.DeadlineFor(Monday10.AddHours(2), Hours));
        var earlyClient = FollowUp.Open(NewId(), Call("vm-3", Monday10, new Caller(PhoneNumber.Parse("+4930333333", "DE"), "Cleo Client", null, CallerKind.Client)), 1, SlaPolicy.Default.DeadlineFor(Monday10, Hours));
        earlyClient.LogAttempt(CallOutcome.NoAnswer, "me", Monday10.AddHours(1));
        var closed = FollowUp.Open(NewId(), Call("vm-4", Monday10, new Caller(PhoneNumber.Parse("+4930444444", "DE"), "Done Already")), 2, SlaPolicy.Default.DeadlineFor(Monday10, Hours));
        closed.LogAttempt(CallOutcome.Reached, "me", Monday10.AddHours(1));

        var agenda = BlockAgenda.For([vendor, lateClient, earlyClient, closed], Hours.Zone);

        Assert.Equal("Call-back time (3 calls)", agenda.Title);
        var order = new[] { "Cleo Client", "Carla Client", "Vera Vendor" }.Select(n => agenda.HtmlBody.IndexOf(n, StringComparison.Ordinal)).ToList();
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain("Done Already", agenda.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:+4930222222\"", agenda.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("(Supplies &amp; Co)", agenda.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<em>About the &lt;boiler&gt;</em>", agenda.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("1 attempt so far", agenda.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("due Tue 10:00", agenda.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void One_call_is_named_in_the_singular()
    {
        Assert.Equal("Call-back time (1 call)", BlockAgenda.For([Open()], Hours.Zone).Title);
    }
}
