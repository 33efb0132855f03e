using System.Net;
using System.Text.Json;
using SocialWatch.Tests.Support;

namespace SocialWatch.Worker.Tests.Hosting;

public class ServiceHostTests
{
    [Fact]
    public async Task The_host_starts_on_a_random_loopback_port_and_health_answers()
    {
        using var home = new TestHome();
        await using var service = await RunningService.StartAsync(home);
        var http = service.Http;
        var address = http.BaseAddress!;

        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(8080, address.Port);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.True(body.RootElement.GetProperty("database").GetProperty("schema_version").GetInt32() >= 2);
        Assert.StartsWith("nl-", body.RootElement.GetProperty("model").GetProperty("version").GetString());
    }

    [Fact]
    public async Task The_first_run_imports_the_demo_feed_and_the_posts_api_lists_it()
    {
        using var home = new TestHome(demo: true);
        await using var service = await RunningService.StartAsync(home);
        var http = service.Http;
        var address = http.BaseAddress!;

        var all = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/posts", UriKind.Relative))).RootElement;
        var threats = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/posts?label=threat&limit=10", UriKind.Relative))).RootElement;
        var health = JsonDocument.Parse(await http.GetStringAsync(new Uri("/health", UriKind.Relative))).RootElement;

        Assert.Equal(2, all.GetArrayLength());
        var threat = Assert.Single(threats.EnumerateArray());
        Assert.Equal("wethouder-verhoeven", threat.GetProperty("officials")[0].GetString());
        Assert.Equal("file", health.GetProperty("sources")[0].GetProperty("source").GetString());
        Assert.Equal(1, health.GetProperty("sources")[0].GetProperty("untargeted").GetInt32());
    }

    [Fact]
    public async Task The_posts_api_refuses_an_unknown_label_or_limit()
    {
        using var home = new TestHome();
        await using var service = await RunningService.StartAsync(home);
        var http = service.Http;
        var address = http.BaseAddress!;

        using var badLabel = await http.GetAsync(new Uri("/api/posts?label=evil", UriKind.Relative));
        using var badLimit = await http.GetAsync(new Uri("/api/posts?limit=100000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, badLabel.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
    }

    [Fact]
    public async Task A_file_dropped_in_the_inbox_is_imported_by_the_scheduled_job()
    {
        using var home = new TestHome();
        await using var service = await RunningService.StartAsync(home);
        Directory.CreateDirectory(home.File("inbox"));

        // Written next to the inbox and renamed into it, as a producer should: the test host's settle time is 0, so a
        // file written in place could be picked up while it is still empty.
        await File.WriteAllLinesAsync(home.File("drop.jsonl.part"), [Lines.Post("i1", "@PetraHoogland vuile kankerhoer", mentions: ["PetraHoogland"])]);
        File.SetLastWriteTimeUtc(home.File("drop.jsonl.part"), DateTime.UtcNow.AddMinutes(-1));
        File.Move(home.File("drop.jsonl.part"), home.File("inbox/drop.jsonl"));
        var http = service.Http;

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!File.Exists(home.File("inbox/done/drop.jsonl")) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var posts = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/posts", UriKind.Relative))).RootElement;
        Assert.True(File.Exists(home.File("inbox/done/drop.jsonl")));
        Assert.Equal("i1", Assert.Single(posts.EnumerateArray()).GetProperty("external_id").GetString());
    }
}
