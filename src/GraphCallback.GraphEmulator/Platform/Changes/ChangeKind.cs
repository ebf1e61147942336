namespace GraphCallback.GraphEmulator.Platform.Changes;

/// <summary>What happened to an item, in Graph's changeType vocabulary.</summary>
public enum ChangeKind
{
    Created,
    Updated,
    Deleted,
}
