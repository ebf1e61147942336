namespace GraphCallback.Core.Settings;

/// <summary>One thing wrong with submitted settings, naming the field (camelCase, as in the API).</summary>
public sealed record SettingsError(string Field, string Message);
