namespace GraphCallback.Core.Capture;

/// <summary>
/// What a call-record catch-up round lists and reads again. Graph lists records by their start
/// only, and writes a record up to an hour after the call ended (and revises it later), so a round
/// lists from well before the previous one. A listed record last written before the previous
/// round (less the hour Graph may take to list it) was listed then and judged already, by that
/// round or by its notification; only records written since are read and judged again.
/// </summary>
public static class CallRecordCatchUpRule
{
    /// <summary>How far before the previous round a listing starts: a call's ringing and talk time, and Graph's hour to write its record.</summary>
    public static readonly TimeSpan StartLookBack = TimeSpan.FromHours(3);

    /// <summary>How far back the first round of a tenant looks.</summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromDays(1);

    /// <summary>How long after writing a record Graph may take to list it.</summary>
    public static readonly TimeSpan ListingDelay = TimeSpan.FromHours(1);

    /// <summary>The earliest start to list, given when the previous round ran (null: never).</summary>
    public static DateTimeOffset ListFrom(DateTimeOffset? previousRound, DateTimeOffset now) =>
        previousRound is { } previous ? previous - StartLookBack : now - FirstLookBack;

    /// <summary>The listed records to read in full and judge.</summary>
    public static IReadOnlyList<ListedCallRecord> ToRead(IEnumerable<ListedCallRecord> listed, DateTimeOffset? previousRound)
    {
        ArgumentNullException.ThrowIfNull(listed);
        return [.. listed.Where(r => previousRound is not { } previous || r.LastModified >= previous - ListingDelay)];
    }
}
