namespace GraphCallback.GraphEmulator.Mail;

/// <summary>A message as stored: its full Graph JSON (all extended properties and attachments), immutable.</summary>
public sealed record StoredMessage(string Id, string FolderId, DateTimeOffset ReceivedDateTime, string Json);
