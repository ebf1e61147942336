using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using GraphCallback.Core.Settings;
using GraphCallback.Core.Users;

namespace GraphCallback.Storage.Settings;

/// <summary>A user's settings, one row in their partition; writes carry the ETag they were based on.</summary>
public sealed class SettingsStore
{
    private const string RowKey = "settings";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly TableClient _table;

    public SettingsStore(TableServiceClient service, string tableName = FollowUps.FollowUpStore.DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(tableName);
    }

    /// <summary>The user's settings, or the defaults (with no ETag) when they never saved any.</summary>
    public async Task<(UserSettings Settings, ETag? ETag)> GetAsync(UserKey user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            return (UserSettings.Default, null);
        }

        var settings = JsonSerializer.Deserialize<UserSettings>(response.Value!.GetString("Data"), Json) ?? UserSettings.Default;
        return (settings, response.Value.ETag);
    }

    /// <summary>Saves if nobody changed the settings since <paramref name="basedOn"/> (null: only if none exist yet).</summary>
    /// <returns>The new ETag, or null when the write lost to a newer one.</returns>
    public async Task<ETag?> TrySaveAsync(UserKey user, UserSettings settings, ETag? basedOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entity = new TableEntity(user.PartitionKey, RowKey) { ["Data"] = JsonSerializer.Serialize(settings, Json) };
        try
        {
            var response = basedOn is { } etag
                ? await _table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                : await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
    }
}
