using System.Collections.Concurrent;

namespace GraphCallback.GraphEmulator.Platform.Throttling;

/// <summary>Requests in flight per app and mailbox, the pair Outlook's concurrency limit counts.</summary>
public sealed class MailboxConcurrency
{
    private readonly ConcurrentDictionary<(string App, string Mailbox), int> _inFlight = new();

    /// <summary>Takes a slot unless <paramref name="limit"/> requests of this app are already in flight on this mailbox.</summary>
    public bool TryEnter(string app, string mailbox, int limit)
    {
        var key = (app, mailbox.ToUpperInvariant());
        while (true)
        {
            var current = _inFlight.GetOrAdd(key, 0);
            if (current >= limit)
            {
                return false;
            }

            if (_inFlight.TryUpdate(key, current + 1, current))
            {
                return true;
            }
        }
    }

    public void Exit(string app, string mailbox) =>
        _inFlight.AddOrUpdate((app, mailbox.ToUpperInvariant()), 0, (_, count) => Math.Max(0, count - 1));
}
