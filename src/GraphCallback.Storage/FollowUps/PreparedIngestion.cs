using Azure.Data.Tables;
using GraphCallback.Core.Users;

namespace GraphCallback.Storage.FollowUps;

/// <summary>
/// An ingestion decided on a snapshot of the user's partition: the result it will have and the
/// one entity-group transaction that makes it true, guarded by the ETags it was decided on.
/// </summary>
public sealed class PreparedIngestion
{
    internal PreparedIngestion(UserKey user, IngestResult result, IReadOnlyList<TableTransactionAction> actions)
    {
        User = user;
        Result = result;
        Actions = actions;
    }

    public UserKey User { get; }

    public IngestResult Result { get; }

    internal IReadOnlyList<TableTransactionAction> Actions { get; }
}
