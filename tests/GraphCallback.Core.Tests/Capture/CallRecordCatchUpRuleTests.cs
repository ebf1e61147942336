using GraphCallback.Core.Capture;

namespace GraphCallback.Core.Tests.Capture;

public class CallRecordCatchUpRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PreviousRound = Now.AddMinutes(-30);

    [Fact]
    public void The_first_round_lists_a_day_back_and_reads_everything()
    {
        var listed = new[] { new ListedCallRecord("old", Now.AddHours(-20)), new ListedCallRecord("new", Now.AddMinutes(-5)) };

        Assert.Equal(Now.AddDays(-1), CallRecordCatchUpRule.ListFrom(null, Now));
        Assert.Equal(["old", "new"], CallRecordCatchUpRule.ToRead(listed, null).Select(r => r.Id));
    }

    [Fact]
    public void Later_rounds_list_from_three_hours_before_the_previous_one_as_records_are_written_up_to_an_hour_after_the_call()
    {
        Assert.Equal(PreviousRound.AddHours(-3), CallRecordCatchUpRule.ListFrom(PreviousRound, Now));
    }

    [Fact]
    public void A_record_written_well_before_the_previous_round_was_judged_then_and_is_not_read_again()
    {
        var listed = new[]
        {
            new ListedCallRecord("judged", PreviousRound.AddMinutes(-61)),
            new ListedCallRecord("maybe-not-listed-yet", PreviousRound.AddMinutes(-59)),
            new ListedCallRecord("revised-since", Now.AddMinutes(-1)),
        };

        Assert.Equal(["maybe-not-listed-yet", "revised-since"], CallRecordCatchUpRule.ToRead(listed, PreviousRound).Select(r => r.Id));
    }
}
