namespace GraphCallback.Functions.Hosting.Catalog;

/// <summary>
/// An <c>httpTrigger</c> function. host.json's route prefix is empty, so <see cref="Route"/> is the
/// full path; the host forwards requests to it unchanged, and an ordinary endpoint named after the
/// function (<c>.WithName(Name)</c>) serves them.
/// </summary>
/// <param name="Methods">The HTTP methods it accepts, upper case; empty means any.</param>
public sealed record HttpFunctionDefinition(string Name, string BindingName, string Route, IReadOnlyList<string> Methods)
    : FunctionDefinition(Name, BindingName);
