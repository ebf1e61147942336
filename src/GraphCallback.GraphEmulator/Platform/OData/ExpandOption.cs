namespace GraphCallback.GraphEmulator.Platform.OData;

/// <summary>One $expand item with its nested options, e.g. sessions($expand=segments).</summary>
public sealed record ExpandOption(string Property, ODataQuery Options);
