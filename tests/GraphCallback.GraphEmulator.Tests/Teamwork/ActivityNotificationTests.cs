using GraphCallback.GraphEmulator.Tests.Support;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;

namespace GraphCallback.GraphEmulator.Tests.Teamwork;

[Collection(EmulatorCollection.Name)]
public sealed class ActivityNotificationTests(EmulatorFixture emulator) : IAsyncLifetime
{
    public Task InitializeAsync() => emulator.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_activity_notification_is_accepted_and_recorded()
    {
        await emulator.Graph().Users[DemoUsers.Megan].Teamwork.SendActivityNotification.PostAsync(new SendActivityNotificationPostRequestBody
        {
            Topic = new TeamworkActivityTopic { Source = TeamworkActivityTopicSource.Text, Value = "Missed calls", WebUrl = "https://teams.microsoft.com/l/entity/app/tab" },
            ActivityType = "callbackDue",
            PreviewText = new ItemBody { Content = "3 call-backs are due before 16:00" },
        });

        var sent = await emulator.ControlGetAsync("activityNotifications");

        var notification = Assert.Single(sent.GetProperty("value").EnumerateArray());
        Assert.Equal(DemoUsers.Megan, notification.GetProperty("userId").GetString());
        Assert.Equal("callbackDue", notification.GetProperty("request").GetProperty("activityType").GetString());
    }

    [Fact]
    public async Task A_preview_text_over_150_characters_is_a_400()
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => emulator.Graph().Users[DemoUsers.Megan].Teamwork.SendActivityNotification.PostAsync(new SendActivityNotificationPostRequestBody
        {
            Topic = new TeamworkActivityTopic { Source = TeamworkActivityTopicSource.Text, Value = "Missed calls", WebUrl = "https://teams.microsoft.com/l/entity/app/tab" },
            ActivityType = "callbackDue",
            PreviewText = new ItemBody { Content = new string('x', 151) },
        }));

        Assert.Equal(400, error.ResponseStatusCode);
    }
}
