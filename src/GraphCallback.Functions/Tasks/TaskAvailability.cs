using GraphCallback.Core.Availability;
using GraphCallback.Core.Users;
using GraphCallback.Functions.Availability;
using GraphCallback.Functions.Capture;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Mailboxes;
using Microsoft.Extensions.Caching.Memory;

namespace GraphCallback.Functions.Tasks;

/// <summary>
/// The line a task suggests leaving on the caller's voicemail ("You can reach me tomorrow between
/// 2 and 4 pm"). The free windows behind it are cached for a while per user, so a burst of new
/// follow-ups does not ask getSchedule each time; the phrase itself is said anew from them.
/// </summary>
public sealed class TaskAvailability(GraphClients graph, UserContexts contexts, IMemoryCache cache, TimeProvider time)
{
    private const int DaysAhead = 3;
    private static readonly TimeSpan WindowsLifetime = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan AddressLifetime = TimeSpan.FromDays(1);

    public async Task<string> LineAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var mailbox = await contexts.MailboxAsync(user, cancellationToken).ConfigureAwait(false);
        var client = graph.ForTenant(user.TenantId);
        var windows = await cache.GetOrCreateAsync(("freeWindows", user), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = WindowsLifetime;
            var address = await cache.GetOrCreateAsync(("address", user), async addressEntry =>
            {
                addressEntry.AbsoluteExpirationRelativeToNow = AddressLifetime;
                return await new MailboxAddressReader(client).ReadAsync(user.ObjectId, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            return await UserAvailability.WindowsAsync(client, user, address!, mailbox.WorkingHours, time.GetUtcNow(), DaysAhead, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return AvailabilityPhrase.First([.. windows!.Where(w => w.End > now)], mailbox.WorkingHours.Zone, now);
    }
}
