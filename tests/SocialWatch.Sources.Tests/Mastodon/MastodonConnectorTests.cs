using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SocialWatch.Domain;
using SocialWatch.Sources.Connectors;
using SocialWatch.Sources.Intake;
using SocialWatch.Sources.Mastodon;
using SocialWatch.Tests.Support;

namespace SocialWatch.Sources.Tests.Mastodon;

public class MastodonConnectorTests
{
    private const string Acct = "pjansen@social.testdorp.nl";

    private static readonly ConnectorHttpSettings FastRetries = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(1),
        TotalTimeout = TimeSpan.FromSeconds(10),
        Retries = 3,
        RetryDelay = TimeSpan.FromMilliseconds(50),
    };

    private static HttpClient Client()
    {
        var services = new ServiceCollection();
        services.AddConnectorHttpClient("mastodon", FastRetries);
        return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>().CreateClient("mastodon");
    }

    private static MastodonConnector Connector(FakeMastodon server, IntakeRig rig) =>
        new(Client(), new MastodonAccount(server.BaseUrl, Acct, FakeMastodon.Token), rig.Time);

    private static SourcePoller Poller(IntakeRig rig, IIntakeStore? store = null) =>
        new(new IntakePipeline(IntakeRig.SharedClassifier.Value, store ?? rig.Store, rig.Matcher), store ?? rig.Store);

    [Fact]
    public async Task Three_pages_are_read_in_order_and_the_newest_id_becomes_the_cursor()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        for (var i = 1; i <= 90; i++)
        {
            server.AddMention(i, Acct, $"<p><span class=\"h-card\"><a href=\"https://social.testdorp.nl/@pjansen\" class=\"u-url mention\">@<span>pjansen</span></a></span> vraag {i} over de OZB</p>");
        }

        var (result, problem) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Null(problem);
        Assert.Equal(90, result.Inserted);
        Assert.Equal(["0", "40", "80"], server.Requests);
        Assert.Equal("90", await rig.Store.GetCursorAsync("mastodon:" + Acct, CancellationToken.None));
    }

    [Fact]
    public async Task A_restart_resumes_from_the_cursor()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.AddMention(1, Acct, "<p>@pjansen eerste</p>");
        await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);
        server.AddMention(2, Acct, "<p>@pjansen tweede</p>");

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(1, result.Inserted);
        Assert.Equal("1", server.Requests.Last());
    }

    [Fact]
    public async Task Html_content_becomes_plain_text_with_mentions_links_and_line_breaks()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.AddMention(5, Acct, "<p><span class=\"h-card\"><a href=\"x\">@<span>pjansen</span></a></span> kijk &amp; lees:<br />regel twee</p><p><a href=\"https://voorbeeld.nl/stuk\">https://voorbeeld.nl/stuk</a></p>");

        var page = await Connector(server, rig).FetchAsync(null, CancellationToken.None);

        Assert.Equal("@pjansen kijk & lees:\nregel twee\n\nhttps://voorbeeld.nl/stuk", Assert.Single(page.Posts).Text);
    }

    [Fact]
    public async Task A_429_backs_off_until_retry_after_and_stores_nothing()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.AddMention(1, Acct, "<p>@pjansen hoi</p>");
        server.Faults.Enqueue(c =>
        {
            c.Response.StatusCode = 429;
            c.Response.Headers.RetryAfter = "120";
            c.Response.Headers["X-RateLimit-Remaining"] = "0";
            return Task.CompletedTask;
        });

        var e = await Assert.ThrowsAsync<SourceBackoffException>(() => Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None));

        Assert.Equal(rig.Time.GetUtcNow().AddSeconds(120), e.Until);
        Assert.Equal(0, await rig.CountAsync("SELECT count(*) FROM posts"));
        Assert.Null(await rig.Store.GetCursorAsync("mastodon:" + Acct, CancellationToken.None));
    }

    [Fact]
    public async Task Server_errors_are_retried_and_the_page_goes_through_after_recovery()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.AddMention(1, Acct, "<p>@pjansen hoi</p>");
        server.Faults.Enqueue(c => { c.Response.StatusCode = 500; return Task.CompletedTask; });
        server.Faults.Enqueue(c => { c.Response.StatusCode = 503; return Task.CompletedTask; });

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(1, result.Inserted);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_timed_out_attempt_is_retried()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.AddMention(1, Acct, "<p>@pjansen hoi</p>");
        server.Faults.Enqueue(async c => await Task.Delay(TimeSpan.FromSeconds(3), c.RequestAborted));

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(1, result.Inserted);
    }

    [Fact]
    public async Task A_lasting_outage_surfaces_as_an_outage_after_the_retries()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            server.Faults.Enqueue(c => { c.Response.StatusCode = 502; return Task.CompletedTask; });
        }

        var e = await Assert.ThrowsAnyAsync<Exception>(() => Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None));

        Assert.True(ConnectorHttp.IsOutage(e), e.GetType().Name);
        Assert.Equal(4, server.Requests.Count);
    }

    [Theory]
    [InlineData("{\"broken\": [", "invalid JSON")]
    [InlineData("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>", "HTML page")]
    [InlineData("{\"error\": \"not an array\"}", "JSON array")]
    public async Task A_malformed_page_is_quarantined_and_the_cursor_stays(string body, string problem)
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.Faults.Enqueue(async c => await c.Response.WriteAsync(body));

        var (result, reported) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(0, result.Inserted);
        Assert.Contains(problem, reported);
        Assert.Equal(1, await rig.CountAsync($"SELECT count(*) FROM quarantine WHERE source = 'mastodon:{Acct}' AND reason LIKE '%{problem}%'"));
        Assert.Null(await rig.Store.GetCursorAsync("mastodon:" + Acct, CancellationToken.None));
    }

    [Fact]
    public async Task An_item_with_a_missing_or_mistyped_field_is_quarantined_and_the_rest_goes_through()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.AddMention(1, Acct, "<p>@pjansen goed</p>");
        server.Notifications[2] = "{\"id\":\"2\",\"type\":\"mention\",\"status\":{\"id\":\"2000\",\"account\":{\"acct\":\"x\"},\"created_at\":\"2026-11-20T08:00:00Z\"}}";
        server.Notifications[3] = "{\"id\":\"3\",\"type\":\"mention\",\"status\":{\"id\":3000,\"account\":{\"acct\":\"x\"},\"content\":\"hoi\",\"created_at\":\"2026-11-20T08:00:00Z\"}}";
        server.AddMention(4, Acct, "<p>@pjansen ook goed</p>");

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(2, result.Inserted);
        Assert.Equal(2, await rig.CountAsync("SELECT count(*) FROM quarantine"));
        Assert.Equal(1, await rig.CountAsync("SELECT count(*) FROM quarantine WHERE reason LIKE '%''content''%'"));
        Assert.Equal("4", await rig.Store.GetCursorAsync("mastodon:" + Acct, CancellationToken.None));
    }

    [Fact]
    public async Task A_status_delivered_twice_is_stored_once()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.AddMention(1, Acct, "<p>@pjansen hoi</p>", statusId: 777);
        server.AddMention(2, Acct, "<p>@pjansen hoi</p>", statusId: 777);

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal((1, 1), (result.Inserted, result.Duplicates));
    }

    [Fact]
    public async Task A_crash_between_fetch_and_commit_repeats_the_page_with_nothing_lost_or_doubled()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        for (var i = 1; i <= 50; i++)
        {
            server.AddMention(i, Acct, $"<p>@pjansen bericht {i}</p>");
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => Poller(rig, new FailingOnceStore(rig.Store)).PollAsync(Connector(server, rig), CancellationToken.None));
        Assert.Equal(0, await rig.CountAsync("SELECT count(*) FROM posts"));

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(50, result.Inserted);
        Assert.Equal(50, await rig.CountAsync("SELECT count(*) FROM posts"));
        Assert.Equal("50", await rig.Store.GetCursorAsync("mastodon:" + Acct, CancellationToken.None));
    }

    [Fact]
    public async Task Mentions_held_back_by_the_notification_policy_are_read_too()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.AddMention(1, Acct, "<p>@pjansen van een volger</p>");
        server.AddMention(2, Acct, "<p>@pjansen van een onbekend account van gisteren</p>");
        server.Filtered.Add(2);

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(2, result.Inserted);
    }

    [Fact]
    public async Task The_status_a_reply_answered_is_fetched_and_stored_as_thread_context()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.Statuses["555"] = "{\"id\":\"555\",\"content\":\"<p>De bomenkap gaat door.</p>\",\"url\":\"https://social.testdorp.nl/@pjansen/555\",\"account\":{\"acct\":\"pjansen\"}}";
        server.AddMention(1, Acct, "<p>@pjansen waarom?</p>", inReplyTo: "555");
        server.AddMention(2, Acct, "<p>@pjansen en dit dan?</p>", inReplyTo: "404");

        var (result, _) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(2, result.Inserted);
        Assert.Equal(1, await rig.CountAsync("SELECT count(*) FROM post_context WHERE external_id = '555' AND text = 'De bomenkap gaat door.' AND author_handle = 'pjansen'"));
    }

    [Fact]
    public async Task An_enormous_body_is_quarantined_unread()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.Faults.Enqueue(async c =>
        {
            c.Response.ContentType = "application/json";
            await c.Response.WriteAsync("[" + new string(' ', 5 * 1024 * 1024) + "]");
        });

        var (result, problem) = await Poller(rig).PollAsync(Connector(server, rig), CancellationToken.None);

        Assert.Equal(0, result.Inserted);
        Assert.Contains("larger than", problem);
        Assert.Equal(1, await rig.CountAsync("SELECT count(*) FROM quarantine WHERE payload = '(not read)'"));
    }

    [Fact]
    public async Task The_link_header_gives_the_next_cursor()
    {
        using var rig = await IntakeRig.CreateAsync();
        await using var server = await FakeMastodon.StartAsync();
        server.AddMention(7, Acct, "<p>@pjansen hoi</p>");

        var page = await Connector(server, rig).FetchAsync(null, CancellationToken.None);

        Assert.Equal("7", page.NextCursor);
    }
}
