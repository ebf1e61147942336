using GraphCallback.GraphEmulator.Platform.Faults;

namespace GraphCallback.GraphEmulator.Tests.Platform;

/// <summary>A notification fault can be aimed at one kind of subscription while the others flow.</summary>
public class NotificationFaultTests
{
    private const string Inbox = "users/3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/mailFolders('Inbox')/messages";
    private const string Tasks = "users/3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/todo/lists/AAMk/tasks";

    [Fact]
    public void A_fault_aimed_at_messages_skips_To_Do_notifications_and_hits_the_inbox()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.DuplicateNotification, Route = "messages", Count = 1 });

        Assert.Null(faults.ForNotification(Tasks));
        Assert.Equal(FaultKind.DuplicateNotification, faults.ForNotification(Inbox)?.Kind);
        Assert.Null(faults.ForNotification(Inbox));
    }

    [Fact]
    public void An_unaimed_fault_hits_the_next_notification_of_any_subscription()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.DropNotification, Count = 1 });

        Assert.Equal(FaultKind.DropNotification, faults.ForNotification(Tasks)?.Kind);
        Assert.Null(faults.ForNotification(Inbox));
    }
}
