namespace GraphCallback.Functions.Hosting.Catalog;

/// <summary>One function as its function.json declares it: the folder name and the trigger binding's name.</summary>
public abstract record FunctionDefinition(string Name, string BindingName);
