using Microsoft.Extensions.DependencyInjection;
using SocialWatch.Sources.Bluesky;
using SocialWatch.Sources.Connectors;
using SocialWatch.Sources.Intake;
using SocialWatch.Tests.Support;

namespace SocialWatch.Sources.Tests.Bluesky;

public class BlueskyConnectorTests
{
    private const string Source = "bluesky:" + FakeBluesky.Handle;

    private static BlueskyConnector Connector(FakeBluesky server, IntakeRig rig, string password = FakeBluesky.Password)
    {
        var services = new ServiceCollection();
        services.AddConnectorHttpClient("bluesky", new ConnectorHttpSettings { RetryDelay = TimeSpan.FromMilliseconds(50) });
        var http = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>().CreateClient("bluesky");
        return new BlueskyConnector(http, new BlueskyAccount(server.BaseUrl, FakeBluesky.Handle, password), rig.Time);
    }

    private static SourcePoller Poller(IntakeRig rig) => new(new IntakePipeline(IntakeRig.SharedClassifier.Value, rig.Store, rig.Matcher), rig.Store);

    [Fact]
    public async Task Three_pages_are_read_and_a_later_run_reads_only_what_is_new()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeBluesky.StartAsync();
        for (var i = 1; i <= 130; i++)
        {
            server.Add(i, $"@ayseozturk.bsky.social vraag {i} over de dijk");
        }

        var (first, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);
        server.Add(131, "@ayseozturk.bsky.social nog een vraag");
        var (second, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(130, first.Inserted);
        Assert.Equal((1, 0), (second.Inserted, second.Duplicates));
        Assert.Equal("since=2026-11-20T08:02:11.000Z", await rig.Store.GetCursorAsync(Source, CancellationToken.None));
    }

    [Fact]
    public async Task An_expired_access_token_is_refreshed_and_the_read_goes_on()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeBluesky.StartAsync();
        server.AccessUses = 1;
        for (var i = 1; i <= 120; i++)
        {
            server.Add(i, $"@ayseozturk.bsky.social bericht {i}");
        }

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(120, result.Inserted);
        Assert.Equal(1, server.Logins);
        // Four requests (three pages and the empty end), each token good for one: one login, three refreshes.
        Assert.Equal(3, server.Refreshes);
    }

    [Fact]
    public async Task Likes_and_follows_are_not_stored_but_replies_and_quotes_are()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeBluesky.StartAsync();
        server.Add(1, "leuk", reason: "like");
        server.Add(2, "@ayseozturk.bsky.social nee", reason: "reply");
        server.Add(3, "kijk wat de burgemeester nu weer zegt", reason: "quote");
        server.Add(4, "", reason: "follow");

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(2, result.Inserted);
    }

    [Fact]
    public async Task A_429_backs_off_until_the_ratelimit_reset()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeBluesky.StartAsync();
        var reset = rig.Time.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds();
        server.Faults.Enqueue(c =>
        {
            c.Response.StatusCode = 429;
            c.Response.Headers["ratelimit-limit"] = "3000";
            c.Response.Headers["ratelimit-remaining"] = "0";
            c.Response.Headers["ratelimit-reset"] = reset.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });

        var e = await Assert.ThrowsAsync<SourceBackoffException>(() => Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(reset), e.Until);
    }

    [Fact]
    public async Task A_notification_without_text_is_quarantined_and_the_rest_goes_through()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeBluesky.StartAsync();
        server.Add(1, "@ayseozturk.bsky.social hoi");
        server.Notifications.Add(new { uri = "at://did:plc:x/app.bsky.feed.post/3kbad", author = new { did = "did:plc:x", handle = "x.bsky.social" }, reason = "mention", record = new { createdAt = "2026-11-20T09:00:00Z" }, indexedAt = "2026-11-20T09:00:00.000Z" });

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(1, result.Inserted);
        Assert.Equal(1, await rig.CountAsync("SELECT count(*) FROM quarantine WHERE reason LIKE '%''text''%'"));
    }

    [Fact]
    public async Task A_wrong_app_password_fails_the_check_in_plain_words()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeBluesky.StartAsync();

        var check = await Connector(server, rig, password: "fout-fout-fout-fout").CheckAsync(CancellationToken.None);

        Assert.False(check.Ok);
        Assert.Contains("app password was refused", check.Message);
    }

    [Fact]
    public async Task The_post_a_reply_answered_is_fetched_with_getPosts_and_stored_as_thread_context()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeBluesky.StartAsync();
        const string parent = "at://did:plc:ayse/app.bsky.feed.post/3kparent";
        server.Posts[parent] = new { uri = parent, cid = "bafyparent", author = new { did = "did:plc:ayse", handle = FakeBluesky.Handle }, record = new { text = "Het peilbesluit is genomen." } };
        server.Add(1, "dit gaat ons geld kosten", reason: "reply", replyTo: parent);

        await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(1, await rig.CountAsync($"SELECT count(*) FROM post_context WHERE external_id = '{parent}' AND text = 'Het peilbesluit is genomen.'"));
    }
}
