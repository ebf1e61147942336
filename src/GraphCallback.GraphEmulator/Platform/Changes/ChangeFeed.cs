namespace GraphCallback.GraphEmulator.Platform.Changes;

/// <summary>
/// The in-process feed features publish item changes to; subscriptions listen and turn matching
/// changes into webhook deliveries. Publishing never blocks on listeners' I/O.
/// </summary>
public sealed class ChangeFeed
{
    private readonly Lock _gate = new();
    private readonly List<Action<ChangeNotice>> _listeners = [];

    public void Publish(ChangeNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        Action<ChangeNotice>[] listeners;
        lock (_gate)
        {
            listeners = [.. _listeners];
        }

        foreach (var listener in listeners)
        {
            listener(notice);
        }
    }

    /// <summary>Adds a listener; it must be fast (queue the work), as it runs on the publishing request.</summary>
    public IDisposable Listen(Action<ChangeNotice> listener)
    {
        lock (_gate)
        {
            _listeners.Add(listener);
        }

        return new Unlisten(this, listener);
    }

    private sealed class Unlisten(ChangeFeed feed, Action<ChangeNotice> listener) : IDisposable
    {
        public void Dispose()
        {
            lock (feed._gate)
            {
                feed._listeners.Remove(listener);
            }
        }
    }
}
