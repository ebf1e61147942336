namespace GraphCallback.Functions.Storage;

/// <summary>Whether start-up has created the tables and queues yet: readiness reports it, and a host can await it.</summary>
public sealed class StorageSchemaStatus
{
    private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once every table and queue exists.</summary>
    public Task Created => _created.Task;

    public bool IsCreated => _created.Task.IsCompletedSuccessfully;

    internal void MarkCreated() => _created.TrySetResult();
}
