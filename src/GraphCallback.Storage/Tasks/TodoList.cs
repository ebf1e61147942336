namespace GraphCallback.Storage.Tasks;

/// <summary>A user's "Call-backs" list in To Do and where task catch-up resumes in it.</summary>
/// <param name="ListId">The list's Graph id.</param>
/// <param name="DeltaLink">The list's tasks/delta link, once a delta round has run.</param>
public sealed record TodoList(string ListId, string? DeltaLink);
