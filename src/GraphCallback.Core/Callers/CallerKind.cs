namespace GraphCallback.Core.Callers;

/// <summary>Who the caller is to the user; drives the follow-up's priority.</summary>
public enum CallerKind
{
    Unknown,
    Client,
    Colleague,
    KnownContact,
    Vendor,
}
