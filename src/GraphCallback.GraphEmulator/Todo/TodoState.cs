using System.Collections.Concurrent;
using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Platform.Changes;

namespace GraphCallback.GraphEmulator.Todo;

/// <summary>Every user's To Do, created on first use (as a mailbox's To Do exists before anyone opens it).</summary>
public sealed class TodoState(ChangeFeed changes, TimeProvider clock) : IResettable
{
    private readonly ConcurrentDictionary<string, UserTodo> _users = new(StringComparer.OrdinalIgnoreCase);

    public UserTodo For(EmulatedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _users.GetOrAdd(user.Id, _ => new UserTodo(user, changes, clock));
    }

    public void Reset() => _users.Clear();
}
