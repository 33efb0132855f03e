using SocialWatch.Worker.Hosting;
using SocialWatch.Worker.Options;

namespace SocialWatch.Worker.Tests.Jobs;

public class SourceScheduleTests
{
    private static readonly SourcesOptions Options = new()
    {
        PollSeconds = 300,
        Mastodon = [new MastodonAccountOptions { Acct = "a@b", PollSeconds = 60 }, new MastodonAccountOptions { Acct = "c@d" }],
        X = [new XAccountOptions { Username = "BurgDeWit", PollSeconds = 900 }],
    };

    [Fact]
    public void Each_source_has_its_own_interval_or_the_default()
    {
        var schedule = SourcesRegistration.Schedule(Options);

        Assert.Equal(TimeSpan.FromSeconds(60), schedule.IntervalOf("mastodon:a@b"));
        Assert.Equal(TimeSpan.FromSeconds(300), schedule.IntervalOf("mastodon:c@d"));
        Assert.Equal(TimeSpan.FromSeconds(900), schedule.IntervalOf("x:BurgDeWit"));
        Assert.Equal(TimeSpan.FromSeconds(60), schedule.Shortest);
    }

    [Fact]
    public void A_source_is_due_once_its_interval_has_passed()
    {
        var schedule = SourcesRegistration.Schedule(Options);
        var now = new DateTime(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);

        Assert.True(schedule.IsDue("x:BurgDeWit", null, now));
        Assert.False(schedule.IsDue("x:BurgDeWit", now.AddMinutes(-10), now));
        Assert.True(schedule.IsDue("x:BurgDeWit", now.AddMinutes(-15), now));
        Assert.True(schedule.IsDue("mastodon:a@b", now.AddMinutes(-1), now));
    }
}
