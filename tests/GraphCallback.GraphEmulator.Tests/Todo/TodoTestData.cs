using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Tests.Todo;

/// <summary>Builders the To Do tests share: a fresh list for Megan, and a task shaped like the backend's follow-ups.</summary>
public static class TodoTestData
{
    public static async Task<string> NewListAsync(GraphServiceClient graph, string name = "Call-backs")
    {
        ArgumentNullException.ThrowIfNull(graph);
        var list = await graph.Users[DemoUsers.Megan].Todo.Lists.PostAsync(new TodoTaskList { DisplayName = name });
        return list!.Id!;
    }

    public static TodoTask FollowUp(string title, string externalId) => new()
    {
        Title = title,
        Importance = Importance.High,
        Categories = ["Call-back"],
        DueDateTime = new DateTimeTimeZone { DateTime = "2026-03-10T00:00:00", TimeZone = "W. Europe Standard Time" },
        LinkedResources =
        [
            new LinkedResource
            {
                ApplicationName = "GraphCallback",
                DisplayName = "Missed call from +44 20 7946 0555",
                ExternalId = externalId,
                WebUrl = "https://localhost:7071/followups/" + externalId,
            },
        ],
        ChecklistItems =
        [
            new ChecklistItem { DisplayName = "Call back" },
            new ChecklistItem { DisplayName = "Leave a time I can be reached", IsChecked = true },
        ],
    };
}
