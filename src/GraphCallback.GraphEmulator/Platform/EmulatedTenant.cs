namespace GraphCallback.GraphEmulator.Platform;

/// <summary>An emulated Entra ID tenant: its id (a GUID, as change notifications carry it) and default domain.</summary>
public sealed record EmulatedTenant(string Id, string DisplayName, string Domain);
