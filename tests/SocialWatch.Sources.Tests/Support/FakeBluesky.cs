using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialWatch.Tests.Support;

/// <summary>
/// A Bluesky PDS on 127.0.0.1: createSession, refreshSession and listNotifications (newest first, opaque cursor).
/// Access tokens expire after <see cref="AccessUses"/> uses and then answer 400 ExpiredToken, as the PDS does.
/// </summary>
public sealed class FakeBluesky : IAsyncDisposable
{
    public const string Handle = "ayseozturk.bsky.social";
    public const string Password = "abcd-efgh-ijkl-mnop";

    private readonly WebApplication _app;
    private int _token;
    private int _uses;

    private FakeBluesky(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int AccessUses { get; set; } = 1000;

    public int Logins { get; private set; }

    public int Refreshes { get; private set; }

    /// <summary>Notifications, oldest first.</summary>
    public List<object> Notifications { get; } = [];

    /// <summary>Posts served by <c>app.bsky.feed.getPosts</c>, by uri.</summary>
    public Dictionary<string, object> Posts { get; } = [];

    public ConcurrentQueue<Func<HttpContext, Task>> Faults { get; } = new();

    public static async Task<FakeBluesky> StartAsync()
    {
        FakeBluesky? self = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/xrpc/com.atproto.server.createSession", async (HttpContext c) =>
            {
                using var doc = await JsonDocument.ParseAsync(c.Request.Body);
                if (doc.RootElement.GetProperty("identifier").GetString() != Handle || doc.RootElement.GetProperty("password").GetString() != Password)
                {
                    c.Response.StatusCode = 401;
                    await c.Response.WriteAsync("{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}");
                    return;
                }

                self!.Logins++;
                await self.IssueAsync(c);
            });
            app.MapPost("/xrpc/com.atproto.server.refreshSession", async (HttpContext c) =>
            {
                self!.Refreshes++;
                await self.IssueAsync(c);
            });
            app.MapGet("/xrpc/app.bsky.feed.getPosts", async (HttpContext c) =>
            {
                var uris = c.Request.Query["uris"].ToArray();
                c.Response.ContentType = "application/json";
                await c.Response.WriteAsync(JsonSerializer.Serialize(new { posts = uris.Where(u => u is not null && self!.Posts.ContainsKey(u)).Select(u => self!.Posts[u!]) }));
            });
            app.MapGet("/xrpc/app.bsky.notification.listNotifications", async (HttpContext c) =>
            {
                if (c.Request.Headers.Authorization != $"Bearer access-{self!._token}" || ++self._uses > self.AccessUses)
                {
                    c.Response.StatusCode = 400;
                    await c.Response.WriteAsync("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}");
                    return;
                }

                if (self.Faults.TryDequeue(out var fault))
                {
                    await fault(c);
                    return;
                }

                var limit = int.Parse(c.Request.Query["limit"].FirstOrDefault() ?? "50", CultureInfo.InvariantCulture);
                var offset = c.Request.Query["cursor"].FirstOrDefault() is { } cur ? int.Parse(cur, CultureInfo.InvariantCulture) : 0;
                var newestFirst = self.Notifications.AsEnumerable().Reverse().ToList();
                var page = newestFirst.Skip(offset).Take(limit).ToList();
                var body = new Dictionary<string, object> { ["notifications"] = page };
                if (page.Count > 0)
                {
                    body["cursor"] = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
                }

                c.Response.ContentType = "application/json";
                await c.Response.WriteAsync(JsonSerializer.Serialize(body));
            });
        });
        self = new FakeBluesky(app, baseUrl);
        return self;
    }

    public void Add(int n, string text, string reason = "mention", string? replyTo = null) => Notifications.Add(new
    {
        uri = $"at://did:plc:burger{n % 7}/app.bsky.feed.post/3kabc{n:D5}",
        cid = $"bafyrei{n:D8}",
        author = new { did = $"did:plc:burger{n % 7}", handle = $"burger{n % 7}.bsky.social", displayName = "Burger" },
        reason,
        record = replyTo is null
            ? new Dictionary<string, object> { ["$type"] = "app.bsky.feed.post", ["text"] = text, ["createdAt"] = "2026-11-20T08:00:00.000Z" }
            : new Dictionary<string, object>
            {
                ["$type"] = "app.bsky.feed.post", ["text"] = text, ["createdAt"] = "2026-11-20T08:00:00.000Z",
                ["reply"] = new { root = new { uri = replyTo, cid = "bafyroot" }, parent = new { uri = replyTo, cid = "bafyparent" } },
            },
        isRead = false,
        indexedAt = new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc).AddSeconds(n).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        labels = Array.Empty<object>(),
    });

    private async Task IssueAsync(HttpContext c)
    {
        _token++;
        _uses = 0;
        c.Response.ContentType = "application/json";
        await c.Response.WriteAsync(JsonSerializer.Serialize(new { accessJwt = $"access-{_token}", refreshJwt = $"refresh-{_token}", handle = Handle, did = "did:plc:ayse" }));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
