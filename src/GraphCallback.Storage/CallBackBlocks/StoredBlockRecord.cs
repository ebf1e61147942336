using Azure;

namespace GraphCallback.Storage.CallBackBlocks;

/// <summary>A day's block record as read, with the ETag a write decided on it must carry; no ETag when there is no row yet.</summary>
public sealed record StoredBlockRecord(BlockRecord Record, ETag? ETag);
