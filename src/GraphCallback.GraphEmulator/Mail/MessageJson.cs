using System.Text.Json.Nodes;
using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Mail;

/// <summary>Converts between the Graph message model and the stored JSON, filling the fields Exchange sets.</summary>
public static class MessageJson
{
    /// <summary>Completes a new message (ids, folder, timestamps, links) and stores it as Graph JSON.</summary>
    public static StoredMessage Create(Message message, MailFolderStore folder, EmulatedUser owner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(owner);
        message.Id ??= GraphIds.New();
        message.ParentFolderId = folder.Id;
        message.CreatedDateTime ??= now;
        message.LastModifiedDateTime ??= now;
        message.ReceivedDateTime ??= now;
        message.SentDateTime ??= message.IsDraft == true ? null : message.ReceivedDateTime;
        message.ConversationId ??= GraphIds.New();
        message.InternetMessageId ??= $"<{Guid.NewGuid():N}@{owner.UserPrincipalName.Split('@').Last()}>";
        message.ChangeKey ??= Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        message.WebLink ??= $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(message.Id)}&exvsurl=1&viewmodel=ReadMessageItem";
        message.HasAttachments = message.Attachments is { Count: > 0 };
        message.Importance ??= Importance.Normal;
        message.IsRead ??= false;
        message.IsDraft ??= false;
        message.Categories ??= [];
        message.Body ??= new ItemBody { ContentType = BodyType.Html, Content = string.Empty };
        message.AdditionalData["@odata.etag"] = $"W/\"{message.ChangeKey}\"";
        return new StoredMessage(message.Id, folder.Id, message.ReceivedDateTime.Value, GraphJson.Serialize(message));
    }

    public static Message ToModel(StoredMessage stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return GraphJson.Parse(stored.Json, Message.CreateFromDiscriminatorValue);
    }

    /// <summary>Applies a PATCH: every property the client sent replaces the stored one.</summary>
    public static StoredMessage Merge(StoredMessage stored, Message patch, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(patch);
        ArgumentNullException.ThrowIfNull(clock);
        var json = JsonNode.Parse(stored.Json)!.AsObject();
        foreach (var (name, value) in GraphJson.ToNode(patch).Where(p => p.Key != "id"))
        {
            json[name] = value?.DeepClone();
        }

        json["lastModifiedDateTime"] = clock.GetUtcNow().ToString("o", System.Globalization.CultureInfo.InvariantCulture);
        return stored with { Json = json.ToJsonString() };
    }
}
