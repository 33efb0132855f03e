using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialWatch.Tests.Support;
using SocialWatch.Worker.Jobs;

namespace SocialWatch.Worker.Tests.Jobs;

public class SourcesJobTests
{
    private static TestHome Home(FakeMastodon server, string tokenVariable)
    {
        Environment.SetEnvironmentVariable(tokenVariable, FakeMastodon.Token);
        var home = new TestHome();
        home.Overrides["Sources:Mastodon:0:BaseUrl"] = server.BaseUrl.ToString();
        home.Overrides["Sources:Mastodon:0:Acct"] = "amdewit@social.voorbeeld.nl";
        home.Overrides["Sources:Mastodon:0:TokenVariable"] = tokenVariable;
        home.Overrides["Sources:PollSeconds"] = "3600";
        return home;
    }

    private static async Task<JsonElement> SourceHealthAsync(RunningService service) =>
        JsonDocument.Parse(await service.Http.GetStringAsync(new Uri("/health", UriKind.Relative))).RootElement
            .GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString()!.StartsWith("mastodon:", StringComparison.Ordinal));

    [Fact]
    public async Task Mentions_from_a_configured_mastodon_account_reach_the_register_and_health()
    {
        await using var server = await FakeMastodon.StartAsync();
        server.AddMention(1, "amdewit@social.voorbeeld.nl", "<p>@amdewit wanneer gaat de bibliotheek weer open?</p>");
        using var home = Home(server, "SW_TEST_TOKEN_A");
        await using var service = await RunningService.StartAsync(home);

        await service.App.Services.GetRequiredService<SourcesJob>().RunAsync(CancellationToken.None);

        var posts = JsonDocument.Parse(await service.Http.GetStringAsync(new Uri("/api/posts", UriKind.Relative))).RootElement;
        Assert.Equal("mastodon", Assert.Single(posts.EnumerateArray()).GetProperty("platform").GetString());
        var health = await SourceHealthAsync(service);
        Assert.Equal(1, health.GetProperty("items_fetched").GetInt32());
        Assert.Equal(JsonValueKind.Null, health.GetProperty("last_error").ValueKind);
    }

    [Fact]
    public async Task A_rate_limited_source_shows_its_backoff_in_health_and_is_not_called_again_before_it_ends()
    {
        await using var server = await FakeMastodon.StartAsync();
        server.Faults.Enqueue(c =>
        {
            c.Response.StatusCode = 429;
            c.Response.Headers.RetryAfter = "600";
            return Task.CompletedTask;
        });
        using var home = Home(server, "SW_TEST_TOKEN_B");
        await using var service = await RunningService.StartAsync(home);
        var job = service.App.Services.GetRequiredService<SourcesJob>();

        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);

        Assert.Single(server.Requests);
        var health = await SourceHealthAsync(service);
        Assert.Contains("429", health.GetProperty("last_error").GetString());
        Assert.True(health.GetProperty("backoff_until").GetDateTime() > DateTime.UtcNow.AddMinutes(9));
    }

    [Fact]
    public async Task A_mastodon_account_without_its_token_variable_stops_the_service_naming_the_variable()
    {
        await using var server = await FakeMastodon.StartAsync();
        using var home = Home(server, "SW_TEST_TOKEN_C");
        home.Overrides["Sources:Mastodon:0:TokenVariable"] = "SW_TEST_TOKEN_NOT_SET";

        var (exit, _, errors) = await CommandRunner.RunAsync(home, "run");

        Assert.Equal(1, exit);
        Assert.Contains("SW_TEST_TOKEN_NOT_SET", errors);
    }

    [Fact]
    public async Task Sources_check_says_in_plain_words_which_source_fails()
    {
        await using var server = await FakeMastodon.StartAsync();
        using var home = Home(server, "SW_TEST_TOKEN_D");
        Environment.SetEnvironmentVariable("SW_TEST_TOKEN_E", "a-revoked-token");
        home.Overrides["Sources:Mastodon:1:BaseUrl"] = server.BaseUrl.ToString();
        home.Overrides["Sources:Mastodon:1:Acct"] = "karim@social.voorbeeld.nl";
        home.Overrides["Sources:Mastodon:1:TokenVariable"] = "SW_TEST_TOKEN_E";

        var (exit, output, _) = await CommandRunner.RunAsync(home, "sources", "check");

        Assert.Equal(1, exit);
        Assert.Contains("mastodon:amdewit@social.voorbeeld.nl: OK", output);
        Assert.Contains("mastodon:karim@social.voorbeeld.nl: FAILED: the access token was refused (401)", output);
        Assert.DoesNotContain("a-revoked-token", output);
    }

    [Fact]
    public async Task Sources_check_without_sources_says_so()
    {
        using var home = new TestHome();

        var (exit, output, _) = await CommandRunner.RunAsync(home, "sources", "check");

        Assert.Equal(0, exit);
        Assert.Contains("No platform sources are configured", output);
    }

    [Fact]
    public async Task One_failing_source_does_not_stop_the_others()
    {
        await using var server = await FakeMastodon.StartAsync();
        server.AddMention(1, "amdewit@social.voorbeeld.nl", "<p>@amdewit vraag over de OZB</p>");
        using var home = Home(server, "SW_TEST_TOKEN_F");
        Environment.SetEnvironmentVariable("SW_TEST_TOKEN_G", "a-revoked-token");
        home.Overrides["Sources:Mastodon:0:TokenVariable"] = "SW_TEST_TOKEN_G";
        home.Overrides["Sources:Mastodon:1:BaseUrl"] = server.BaseUrl.ToString();
        home.Overrides["Sources:Mastodon:1:Acct"] = "karim@social.voorbeeld.nl";
        home.Overrides["Sources:Mastodon:1:TokenVariable"] = "SW_TEST_TOKEN_F";
        server.AddMention(2, "karim@social.voorbeeld.nl", "<p>@karim vraag over het azc</p>");
        await using var service = await RunningService.StartAsync(home);

        await service.App.Services.GetRequiredService<SourcesJob>().RunAsync(CancellationToken.None);

        var sources = JsonDocument.Parse(await service.Http.GetStringAsync(new Uri("/health", UriKind.Relative))).RootElement.GetProperty("sources")
            .EnumerateArray().ToDictionary(s => s.GetProperty("source").GetString()!);
        Assert.Contains("401", sources["mastodon:amdewit@social.voorbeeld.nl"].GetProperty("last_error").GetString());
        Assert.Equal(2, sources["mastodon:karim@social.voorbeeld.nl"].GetProperty("items_fetched").GetInt32());
    }

    [Fact]
    public async Task A_malformed_page_shows_as_the_sources_last_error_in_health()
    {
        await using var server = await FakeMastodon.StartAsync();
        server.Faults.Enqueue(async c => await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(c.Response, "<html><body>502 Bad Gateway</body></html>"));
        using var home = Home(server, "SW_TEST_TOKEN_H");
        await using var service = await RunningService.StartAsync(home);

        await service.App.Services.GetRequiredService<SourcesJob>().RunAsync(CancellationToken.None);

        var health = await SourceHealthAsync(service);
        Assert.Contains("HTML page", health.GetProperty("last_error").GetString());
    }
}
