using System.Net;
using System.Text;
using System.Text.Json;
using SocialWatch.Sources.Webhook;
using SocialWatch.Tests.Support;

namespace SocialWatch.Worker.Tests.Endpoints;

public class IntakeEndpointTests
{
    private const string Secret = "een-lang-gedeeld-geheim-van-minstens-32-tekens";

    private static TestHome Home(int maxBody = 1024 * 1024)
    {
        var home = new TestHome();
        home.Overrides["Webhook:Enabled"] = "true";
        home.Overrides["Webhook:Secret"] = Secret;
        home.Overrides["Webhook:MaxBodyBytes"] = maxBody.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return home;
    }

    private static HttpRequestMessage Signed(string body, DateTimeOffset? at = null, string? secret = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/intake", UriKind.Relative)) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(Encoding.UTF8.GetBytes(secret ?? Secret), timestamp, bytes));
        return request;
    }

    private static async Task<int> PostCountAsync(RunningService service) =>
        JsonDocument.Parse(await service.Http.GetStringAsync(new Uri("/api/posts", UriKind.Relative))).RootElement.GetArrayLength();

    [Fact]
    public async Task A_signed_post_is_stored_and_sending_it_again_stores_nothing_twice()
    {
        using var home = Home();
        await using var service = await RunningService.StartAsync(home);
        var body = Lines.Post("fb_1", "@BurgDeWit waarom is de bibliotheek dicht?", platform: "facebook", mentions: ["BurgDeWit"]);

        using var first = await service.Http.SendAsync(Signed(body));
        using var second = await service.Http.SendAsync(Signed(body));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("inserted").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("duplicates").GetInt32());
        Assert.Equal(1, await PostCountAsync(service));
    }

    [Fact]
    public async Task An_array_is_accepted()
    {
        using var home = Home();
        await using var service = await RunningService.StartAsync(home);
        var body = $"[{Lines.Post("a", "@BurgDeWit hoi", mentions: ["BurgDeWit"])},{Lines.Post("b", "wethouder Verhoeven, goed werk")}]";

        using var response = await service.Http.SendAsync(Signed(body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, await PostCountAsync(service));
    }

    [Fact]
    public async Task A_wrong_signature_is_refused_with_401_and_nothing_is_stored()
    {
        using var home = Home();
        await using var service = await RunningService.StartAsync(home);

        using var response = await service.Http.SendAsync(Signed(Lines.Post("x1", "@BurgDeWit hoi", mentions: ["BurgDeWit"]), secret: "een-ander-geheim-dat-ook-lang-genoeg-is!!"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await PostCountAsync(service));
    }

    [Fact]
    public async Task A_replayed_old_request_is_refused_with_401()
    {
        using var home = Home();
        await using var service = await RunningService.StartAsync(home);

        using var response = await service.Http.SendAsync(Signed(Lines.Post("x2", "@BurgDeWit hoi", mentions: ["BurgDeWit"]), at: DateTimeOffset.UtcNow.AddMinutes(-10)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("window", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_without_signature_headers_is_refused_with_401()
    {
        using var home = Home();
        await using var service = await RunningService.StartAsync(home);

        using var response = await service.Http.PostAsync(new Uri("/api/intake", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_body_above_the_limit_is_refused_with_413()
    {
        using var home = Home(maxBody: 2048);
        await using var service = await RunningService.StartAsync(home);

        using var response = await service.Http.SendAsync(Signed(Lines.Post("big", "@BurgDeWit " + new string('a', 4000), mentions: ["BurgDeWit"])));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Bad_items_are_refused_with_400_and_reasons_per_item_and_nothing_is_stored()
    {
        using var home = Home();
        await using var service = await RunningService.StartAsync(home);
        var body = $"[{Lines.Post("ok", "@BurgDeWit hoi", mentions: ["BurgDeWit"])},{{\"platform\":\"facebook\",\"id\":\"no-text\",\"created_at\":\"2026-11-20T08:00:00Z\"}},42]";

        using var response = await service.Http.SendAsync(Signed(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items");
        Assert.Equal([1, 2], items.EnumerateArray().Select(i => i.GetProperty("item").GetInt32()));
        Assert.Contains("'text' is missing", items[0].GetProperty("reason").GetString());
        Assert.Equal(0, await PostCountAsync(service));
    }

    [Fact]
    public async Task The_endpoint_answers_404_when_the_webhook_is_not_enabled()
    {
        using var home = new TestHome();
        await using var service = await RunningService.StartAsync(home);

        using var response = await service.Http.SendAsync(Signed(Lines.Post("n", "@BurgDeWit hoi")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Enabling_the_webhook_without_a_secret_stops_the_service_without_printing_a_secret()
    {
        using var home = new TestHome();
        home.Overrides["Webhook:Enabled"] = "true";
        home.Overrides["Webhook:Secret"] = "kort";

        var (exit, _, errors) = await CommandRunner.RunAsync(home, "run");

        Assert.Equal(1, exit);
        Assert.Contains("Webhook:Secret", errors);
        Assert.Contains("SOCIALWATCH__Webhook__Secret", errors);
        Assert.DoesNotContain("kort", errors);
    }
}
