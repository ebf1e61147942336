using Xunit.Abstractions;
using Xunit.Sdk;

namespace GraphCallback.Testing;

/// <summary>Gives <see cref="CalendarDependentAttribute"/> its trait, Clock=Calendar, which test.sh filters on.</summary>
public sealed class CalendarDependentDiscoverer : ITraitDiscoverer
{
    public const string Name = "Clock";

    public const string Value = "Calendar";

    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        yield return new KeyValuePair<string, string>(Name, Value);
    }
}
