namespace GraphCallback.GraphEmulator.Platform.OData;

/// <summary>A node of a parsed $filter expression.</summary>
public abstract record FilterNode;

/// <summary>A constant: string, double, bool, DateTimeOffset or null.</summary>
public sealed record LiteralNode(object? Value) : FilterNode;

/// <summary>A property path such as receivedDateTime or ep/value (first segment may be a lambda variable).</summary>
public sealed record PathNode(IReadOnlyList<string> Segments) : FilterNode;

/// <summary>A binary operator: eq, ne, gt, ge, lt, le, and, or.</summary>
public sealed record BinaryNode(string Operator, FilterNode Left, FilterNode Right) : FilterNode;

/// <summary>Logical negation.</summary>
public sealed record NotNode(FilterNode Operand) : FilterNode;

/// <summary>A function call such as contains(ep/value, '...').</summary>
public sealed record CallNode(string Function, IReadOnlyList<FilterNode> Arguments) : FilterNode;

/// <summary>A lambda over a collection: collection/any(v: body) or collection/all(v: body).</summary>
public sealed record LambdaNode(string Operator, PathNode Collection, string? Variable, FilterNode? Body) : FilterNode;
