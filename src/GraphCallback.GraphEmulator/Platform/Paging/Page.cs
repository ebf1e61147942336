namespace GraphCallback.GraphEmulator.Platform.Paging;

/// <summary>One page of a collection and the link to the next, if any.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextLink);
