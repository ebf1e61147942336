using Xunit.Sdk;

namespace GraphCallback.Testing;

/// <summary>
/// Marks tests whose outcome depends on the time of day, the weekday or DST at the suite's instant:
/// ./test.sh runs them again at each instant of its calendar (trait Clock=Calendar).
/// </summary>
[TraitDiscoverer("GraphCallback.Testing.CalendarDependentDiscoverer", "GraphCallback.Testing")]
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class CalendarDependentAttribute : Attribute, ITraitAttribute;
