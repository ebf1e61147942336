namespace GraphCallback.Storage.Failures;

/// <summary>One item of a piece of work (a tenant's renewal, a user's planning) that keeps failing, and when to try it again.</summary>
/// <param name="Work">The work, named as its timer or sync is ("RenewSubscriptions").</param>
/// <param name="Item">What failed: a tenant id, a subscription id, a user's partition key, never a name or a number.</param>
/// <param name="FailingSince">The first failure since it last succeeded.</param>
/// <param name="LastError">The last error's type and short reason (an HTTP status, an error code), without its message.</param>
/// <param name="Attempts">Failures in a row.</param>
/// <param name="NextTry">Until then a run skips the item.</param>
public sealed record FailureMarker(string Work, string Item, DateTimeOffset FailingSince, string LastError, int Attempts, DateTimeOffset NextTry);
