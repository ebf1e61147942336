namespace GraphCallback.GraphEmulator.Platform.Delta;

/// <summary>
/// What a delta or paging token encodes: which set, the change window (From, To], how far into
/// it the client has paged, and when it was issued (tokens expire).
/// </summary>
public sealed record DeltaToken(Guid Set, long Epoch, long From, long To, int Skip, long IssuedUnixSeconds);
