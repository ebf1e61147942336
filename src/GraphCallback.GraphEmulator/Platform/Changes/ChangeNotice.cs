namespace GraphCallback.GraphEmulator.Platform.Changes;

/// <summary>
/// One change a feature reports. Resource is the collection as a subscription would name it
/// (e.g. users/{id}/mailFolders('inbox')/messages); ODataId is the item's path as Graph puts it
/// in resourceData (e.g. Users/{id}/Messages/{messageId}).
/// </summary>
public sealed record ChangeNotice(string TenantId, string Resource, ChangeKind Kind, string Id, string ODataType, string ODataId);
