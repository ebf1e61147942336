using GraphCallback.Core.CallBackBlocks;

namespace GraphCallback.Graph.CallBackBlocks;

/// <summary>Our call-back block as it stands on the user's calendar.</summary>
public sealed record BookedEvent(string Id, TimeRange Time);
