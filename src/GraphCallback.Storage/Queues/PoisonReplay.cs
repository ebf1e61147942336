namespace GraphCallback.Storage.Queues;

/// <summary>What one replay of a poison queue did: messages put back, and messages left on it after an error.</summary>
public sealed record PoisonReplay(int Replayed, int Failed);
