namespace SocialWatch.Reporting.Tests;

public class AmsterdamTimeTests
{
    [Fact]
    public void Winter_times_are_one_hour_ahead_of_utc()
    {
        var local = AmsterdamTime.FromUtc(new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2027, 1, 1, 0, 30, 0), local.DateTime);
        Assert.Equal(TimeSpan.FromHours(1), local.Offset);
    }

    [Fact]
    public void Summer_times_are_two_hours_ahead_of_utc()
    {
        var local = AmsterdamTime.FromUtc(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc));

        Assert.Equal(14, local.Hour);
        Assert.Equal(TimeSpan.FromHours(2), local.Offset);
    }

    [Fact]
    public void The_night_the_clocks_go_back_maps_both_utc_hours_to_distinct_local_times()
    {
        var first = AmsterdamTime.FromUtc(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc));
        var second = AmsterdamTime.FromUtc(new DateTime(2026, 10, 25, 1, 30, 0, DateTimeKind.Utc));

        Assert.Equal(2, first.Hour);
        Assert.Equal(2, second.Hour);
        Assert.NotEqual(first.Offset, second.Offset);
    }

    [Fact]
    public void An_unspecified_time_is_taken_as_utc()
    {
        Assert.Equal(14, AmsterdamTime.FromUtc(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Unspecified)).Hour);
    }
}
