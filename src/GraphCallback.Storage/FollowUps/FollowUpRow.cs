using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using GraphCallback.Core.FollowUps;
using GraphCallback.Core.Users;

namespace GraphCallback.Storage.FollowUps;

/// <summary>
/// Maps a follow-up to a table entity: queryable columns (status, priority, due) beside the whole
/// follow-up as JSON. The JSON is split over binary columns because one property holds at most
/// 64 KiB while a long phone-tag history can outgrow that; the entity's 1 MiB is the real limit.
/// </summary>
internal static class FollowUpRow
{
    private const int ChunkBytes = 60 * 1024;
    private const string DataColumn = "Data";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableEntity ToEntity(UserKey user, FollowUp followUp, DateTimeOffset changedAt)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(FollowUpDocument.From(followUp.ToSnapshot()), Json);
        var entity = new TableEntity(user.PartitionKey, RowKeys.FollowUp(followUp.Id))
        {
            ["Status"] = followUp.Status.ToString(),
            ["Pending"] = followUp.IsPending,
            ["Priority"] = followUp.Priority,
            ["DueAt"] = followUp.Sla.DueAt,
            ["LastCallAt"] = followUp.LastCallAt,
            ["ChangedAt"] = changedAt,
            ["DataChunks"] = (bytes.Length + ChunkBytes - 1) / ChunkBytes,
        };
        for (var i = 0; i * ChunkBytes < bytes.Length; i++)
        {
            entity[DataColumn + i] = bytes.AsSpan(i * ChunkBytes, Math.Min(ChunkBytes, bytes.Length - (i * ChunkBytes))).ToArray();
        }

        return entity;
    }

    public static FollowUp FromEntity(TableEntity entity)
    {
        var chunks = entity.GetInt32("DataChunks") ?? throw new InvalidDataException($"Row {entity.RowKey} has no data.");
        using var buffer = new MemoryStream();
        for (var i = 0; i < chunks; i++)
        {
            buffer.Write(entity.GetBinary(DataColumn + i));
        }

        var document = JsonSerializer.Deserialize<FollowUpDocument>(buffer.ToArray(), Json)
            ?? throw new InvalidDataException($"Row {entity.RowKey} holds no follow-up.");
        return FollowUp.Restore(document.ToSnapshot());
    }
}

/// <summary>A follow-up as read, with the ETag that a write must match.</summary>
public sealed record StoredFollowUp(FollowUp FollowUp, ETag ETag);
