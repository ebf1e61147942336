using GraphCallback.Core.Sla;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Capture;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Mailboxes;
using GraphCallback.Storage.CallBackBlocks;

namespace GraphCallback.Functions.CallBackBlocks;

/// <summary>
/// Keeps each user's planning profile in step with their mailbox (read through the cached
/// <see cref="UserContexts"/>), so the morning timer finds it stored and reads no mailbox.
/// </summary>
public sealed class PlanningProfiles(UserContexts contexts, CallBackBlockStore blocks, GraphClients graph)
{
    public async Task<PlanningProfile> RefreshAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var mailbox = await contexts.MailboxAsync(user, cancellationToken).ConfigureAwait(false);
        var stored = await blocks.GetProfileAsync(user, cancellationToken).ConfigureAwait(false);

        // The address never changes in practice; it is read once, when the user is first planned.
        var address = stored?.Address
            ?? await new MailboxAddressReader(graph.ForTenant(user.TenantId)).ReadAsync(user.ObjectId, cancellationToken).ConfigureAwait(false);
        var current = From(address, mailbox);
        if (stored is null || !SameAs(stored, current))
        {
            await blocks.SaveProfileAsync(user, current, cancellationToken).ConfigureAwait(false);
        }

        return current;
    }

    public static WorkingHours HoursOf(PlanningProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new WorkingHours(profile.Days, profile.Start, profile.End, UserTimeZone.Find(profile.TimeZoneId));
    }

    private static PlanningProfile From(string address, MailboxProfile mailbox) => new(
        address,
        mailbox.WorkingHours.Zone.Id,
        [.. mailbox.WorkingHours.Days.Order()],
        mailbox.WorkingHours.Start,
        mailbox.WorkingHours.End,
        mailbox.OutOfOffice?.From,
        mailbox.OutOfOffice?.To);

    private static bool SameAs(PlanningProfile a, PlanningProfile b) =>
        a with { Days = b.Days } == b && a.Days.SequenceEqual(b.Days);
}
