using Azure;
using GraphCallback.Core.Users;

namespace GraphCallback.Storage.Ordering;

/// <summary>A held lease on one user's Graph work, valid until <paramref name="Until"/> unless renewed; renewed and released by its ETag.</summary>
public sealed record UserLease(UserKey User, string Holder, DateTimeOffset Until, ETag ETag);
