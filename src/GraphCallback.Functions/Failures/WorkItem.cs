namespace GraphCallback.Functions.Failures;

/// <summary>One item of a run: its key in the failure markers (an id, never a name) and its work.</summary>
public sealed record WorkItem(string Key, Func<CancellationToken, Task> RunAsync);
