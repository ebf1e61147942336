using GraphCallback.Core.Callers;
using GraphCallback.Core.Intake;
using GraphCallback.Core.Users;
using GraphCallback.Graph.Callers;
using GraphCallback.Graph.Connection;
using GraphCallback.Graph.Mailboxes;
using GraphCallback.Storage.Settings;
using Microsoft.Extensions.Caching.Memory;

namespace GraphCallback.Functions.Capture;

/// <summary>
/// Loads a user's settings, mailbox profile and phone book, caching the Graph parts for a while:
/// a burst of voicemails then costs one Graph read each, not four. The cache only saves work;
/// losing it (another instance, a restart) changes nothing but the request count.
/// </summary>
public sealed class UserContexts(GraphClients graph, SettingsStore settings, IMemoryCache cache)
{
    private static readonly TimeSpan MailboxLifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan PhoneBookLifetime = TimeSpan.FromMinutes(15);

    public async Task<UserContext> GetAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (userSettings, _) = await settings.GetAsync(user, cancellationToken).ConfigureAwait(false);
        var client = graph.ForTenant(user.TenantId);
        var mailbox = await MailboxAsync(user, cancellationToken).ConfigureAwait(false);
        var contacts = await cache.GetOrCreateAsync(("contacts", user), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = PhoneBookLifetime;
            return await new PhoneBookReader(client).ContactsAsync(user.ObjectId, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        var colleagues = await cache.GetOrCreateAsync(("directory", user.TenantId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = PhoneBookLifetime;
            return await new PhoneBookReader(client).ColleaguesAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return new UserContext(userSettings, mailbox, new PhoneBook(contacts!, colleagues!, userSettings.DefaultRegion));
    }

    /// <summary>
    /// The user's policy without their phone book: settings as stored now, working hours from the
    /// cached mailbox profile. A follow-up reopened by hand or from To Do gets its deadline from it.
    /// </summary>
    public async Task<UserPolicy> PolicyAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (userSettings, _) = await settings.GetAsync(user, cancellationToken).ConfigureAwait(false);
        var mailbox = await MailboxAsync(user, cancellationToken).ConfigureAwait(false);
        return userSettings.ToPolicy(mailbox.WorkingHours);
    }

    /// <summary>The user's mailbox profile (zone, working hours, automatic replies), cached like the rest.</summary>
    public async Task<MailboxProfile> MailboxAsync(UserKey user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var mailbox = await cache.GetOrCreateAsync(("mailbox", user), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = MailboxLifetime;
            return await new MailboxSettingsReader(graph.ForTenant(user.TenantId)).ReadAsync(user.ObjectId, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return mailbox!;
    }
}
