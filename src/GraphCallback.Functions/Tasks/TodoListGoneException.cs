namespace GraphCallback.Functions.Tasks;

/// <summary>The user's call-back list no longer exists in To Do (they deleted it): make a new one and put the tasks back.</summary>
public sealed class TodoListGoneException : Exception
{
    public TodoListGoneException()
    {
    }

    public TodoListGoneException(string message)
        : base(message)
    {
    }

    public TodoListGoneException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TodoListGoneException(string listId, bool deleted)
        : base($"The To Do list {listId} is gone{(deleted ? " (deleted by its owner)" : string.Empty)}.")
    {
        ListId = listId;
    }

    public string? ListId { get; }
}
