using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SocialWatch.Domain;
using SocialWatch.Sources.Connectors;
using SocialWatch.Sources.Intake;
using SocialWatch.Sources.X;
using SocialWatch.Tests.Support;

namespace SocialWatch.Sources.Tests.X;

public class XConnectorTests
{
    private static XConnector Connector(FakeX server, IntakeRig rig, int budget = 10_000)
    {
        var services = new ServiceCollection();
        services.AddConnectorHttpClient("x", new ConnectorHttpSettings { RetryDelay = TimeSpan.FromMilliseconds(50) });
        var http = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>().CreateClient("x");
        return new XConnector(http, new XAccount(server.BaseUrl, FakeX.UserId, "PJansenWeth", FakeX.Token, budget), rig.Store, rig.Time);
    }

    private static SourcePoller Poller(IntakeRig rig, IIntakeStore? store = null) =>
        new(new IntakePipeline(IntakeRig.SharedClassifier.Value, store ?? rig.Store, rig.Matcher), store ?? rig.Store);

    [Fact]
    public async Task Pages_are_followed_by_pagination_token_and_since_id_moves_to_the_newest_post_at_the_end()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeX.StartAsync();
        for (var i = 1; i <= 230; i++)
        {
            server.AddMention(1000 + i, $"@PJansenWeth vraag {i} over het fietspad");
        }

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);
        server.AddMention(2000, "@PJansenWeth nog een vraag");
        var (again, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(230, result.Inserted);
        Assert.Equal(4, server.Requests.Count);
        Assert.Contains("pagination_token=p200", server.Requests.ElementAt(2));
        Assert.Equal(1, again.Inserted);
        Assert.Contains("since_id=1230", server.Requests.Last());
        Assert.Equal("since=2000", await rig.Store.GetCursorAsync("x:PJansenWeth", CancellationToken.None));
    }

    [Fact]
    public async Task A_crash_on_the_second_page_resumes_with_its_token_and_skips_nothing()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeX.StartAsync();
        for (var i = 1; i <= 150; i++)
        {
            server.AddMention(1000 + i, $"@PJansenWeth bericht {i}");
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => Poller(rig, new FailingOnceStore(rig.Store, failOnCall: 2)).PollAsync(Connector(server, rig), CancellationToken.None));
        Assert.Equal(100, await rig.CountAsync("SELECT count(*) FROM posts"));
        Assert.Equal("next=p100;newest=1150", await rig.Store.GetCursorAsync("x:PJansenWeth", CancellationToken.None));

        await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(150, await rig.CountAsync("SELECT count(*) FROM posts"));
        Assert.Equal("since=1150", await rig.Store.GetCursorAsync("x:PJansenWeth", CancellationToken.None));
    }

    [Fact]
    public async Task The_monthly_read_budget_stops_the_connector_and_says_until_when()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeX.StartAsync();
        for (var i = 1; i <= 30; i++)
        {
            server.AddMention(1000 + i, $"@PJansenWeth bericht {i}");
        }

        var e = await Assert.ThrowsAsync<SourceBackoffException>(() => Poller(rig).PollAsync(Connector(server, rig, budget: 12), CancellationToken.None));

        Assert.Contains("budget", e.Message);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), e.Until);
        Assert.Single(server.Requests);
        Assert.Contains("max_results=12", server.Requests.Single());
        Assert.Equal(12, await rig.Store.ReadsThisMonthAsync("x:PJansenWeth", CancellationToken.None));
    }

    [Fact]
    public async Task A_429_backs_off_until_the_rate_limit_reset()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeX.StartAsync();
        var reset = rig.Time.GetUtcNow().AddMinutes(15).ToUnixTimeSeconds();
        server.Faults.Enqueue(c =>
        {
            c.Response.StatusCode = 429;
            c.Response.Headers["x-rate-limit-limit"] = "180";
            c.Response.Headers["x-rate-limit-remaining"] = "0";
            c.Response.Headers["x-rate-limit-reset"] = reset.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });

        var e = await Assert.ThrowsAsync<SourceBackoffException>(() => Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(reset), e.Until);
    }

    [Fact]
    public async Task Authors_and_replies_are_resolved_from_the_expansions()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeX.StartAsync();
        server.AddMention(1001, "@PJansenWeth nee hoor", replyToTweet: "900", replyToUser: FakeX.UserId);

        var page = await Connector(server, rig).FetchAsync(null, CancellationToken.None);

        var post = Assert.Single(page.Posts);
        Assert.Equal(("burger_x", "900", "PJansenWeth"), (post.AuthorHandle, post.InReplyTo, post.InReplyToAuthor));
        Assert.Equal("https://x.com/burger_x/status/1001", post.Url);
        Assert.Equal(1, page.BilledReads);
    }

    [Fact]
    public async Task An_html_error_page_is_quarantined()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeX.StartAsync();
        server.Faults.Enqueue(async c => await c.Response.WriteAsync("<html><body>Over capacity</body></html>"));

        var (_, problem) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Contains("HTML page", problem);
        Assert.Equal(1, await rig.CountAsync("SELECT count(*) FROM quarantine WHERE source = 'x:PJansenWeth'"));
    }

    [Fact]
    public async Task The_post_a_reply_answered_is_stored_as_its_thread_context()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeX.StartAsync();
        server.ParentTweets["900"] = new { id = "900", text = "Vandaag besluit de raad over de bomenkap.", author_id = FakeX.UserId };
        server.AddMention(1001, "@PJansenWeth schandalig", replyToTweet: "900", replyToUser: FakeX.UserId);

        await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(1, await rig.CountAsync("SELECT count(*) FROM post_context WHERE external_id = '900' AND author_handle = 'PJansenWeth' AND text LIKE 'Vandaag besluit%'"));
    }
}
