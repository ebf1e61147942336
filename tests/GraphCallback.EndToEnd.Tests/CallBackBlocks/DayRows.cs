using Azure.Core;

namespace GraphCallback.EndToEnd.Tests.CallBackBlocks;

/// <summary>Tells the storage requests that touch a day's block record (row keys <c>day-…</c>) from the rest.</summary>
internal static class DayRows
{
    public static bool IsRead(Request request) => request.Method == RequestMethod.Get && Names(request);

    public static bool IsWrite(Request request) => request.Method != RequestMethod.Get && request.Method != RequestMethod.Delete && Names(request);

    private static bool Names(Request request) =>
        Uri.UnescapeDataString(request.Uri.ToString()).Contains("RowKey='day-", StringComparison.Ordinal);
}
