using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Tests.Calendar;

/// <summary>Builders the calendar tests share. Dates are in March 2026, far from the demo scenario's events around "today".</summary>
public static class CalendarTestData
{
    public const string MarkerId = "String {6b1e3c52-8f0a-4d7e-9c61-2a5f4b3d1e90} Name GraphCallbackFollowUp";

    public static Event Meeting(string subject, string start, string end, string zone = "UTC", FreeBusyStatus showAs = FreeBusyStatus.Busy) => new()
    {
        Subject = subject,
        Start = new DateTimeTimeZone { DateTime = start, TimeZone = zone },
        End = new DateTimeTimeZone { DateTime = end, TimeZone = zone },
        ShowAs = showAs,
    };

    public static DateTimeTimeZone At(string dateTime, string zone) => new() { DateTime = dateTime, TimeZone = zone };
}
