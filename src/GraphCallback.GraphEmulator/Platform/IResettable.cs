namespace GraphCallback.GraphEmulator.Platform;

/// <summary>State that the control API's reset (and every scenario load) empties; register feature state as this too.</summary>
public interface IResettable
{
    void Reset();
}
