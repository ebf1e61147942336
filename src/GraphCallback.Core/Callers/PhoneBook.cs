namespace GraphCallback.Core.Callers;

/// <summary>
/// The people a user knows, indexed by E.164 number: Outlook contacts take precedence over the
/// tenant directory. Built once from the lists (each number parsed once), then looked up per call.
/// </summary>
public sealed class PhoneBook
{
    private readonly Dictionary<string, (KnownPerson Person, bool IsColleague)> _byNumber = new(StringComparer.Ordinal);

    public PhoneBook(IEnumerable<KnownPerson> contacts, IEnumerable<KnownPerson> colleagues, string defaultRegion)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(colleagues);
        Add(contacts, isColleague: false, defaultRegion);
        Add(colleagues, isColleague: true, defaultRegion);
    }

    public static PhoneBook Empty { get; } = new([], [], "US");

    public int Count => _byNumber.Count;

    public bool TryFind(PhoneNumber number, out KnownPerson person, out bool isColleague)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (number.E164 is { } e164 && _byNumber.TryGetValue(e164, out var entry))
        {
            (person, isColleague) = entry;
            return true;
        }

        person = null!;
        isColleague = false;
        return false;
    }

    private void Add(IEnumerable<KnownPerson> people, bool isColleague, string region)
    {
        foreach (var person in people)
        {
            foreach (var raw in person.Numbers)
            {
                if (PhoneNumber.Parse(raw, region).E164 is { } e164)
                {
                    _byNumber.TryAdd(e164, (person, isColleague));
                }
            }
        }
    }
}
