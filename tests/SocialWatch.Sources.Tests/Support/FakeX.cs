using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialWatch.Tests.Support;

/// <summary>
/// X API v2 on 127.0.0.1: <c>GET /2/users/:id/mentions</c> with since_id, pagination_token and max_results, answering
/// with <c>data</c>, <c>includes.users</c> and <c>meta</c> (result_count, newest_id, oldest_id, next_token), newest first.
/// </summary>
public sealed class FakeX : IAsyncDisposable
{
    public const string Token = "x-bearer-token";
    public const string UserId = "1500000000000000001";

    private readonly WebApplication _app;

    private FakeX(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public SortedDictionary<long, object> Tweets { get; } = [];

    public Dictionary<string, string> Users { get; } = new() { ["77"] = "burger_x", [UserId] = "PJansenWeth" };

    /// <summary>Posts that mentions reply to, served in <c>includes.tweets</c> when referenced.</summary>
    public Dictionary<string, object> ParentTweets { get; } = [];

    public ConcurrentQueue<Func<HttpContext, Task>> Faults { get; } = new();

    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<FakeX> StartAsync()
    {
        FakeX? self = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/2/users/{id}/mentions", async (HttpContext context, string id) =>
            {
                self!.Requests.Enqueue(context.Request.QueryString.Value ?? string.Empty);
                if (context.Request.Headers.Authorization != $"Bearer {Token}" || id != UserId)
                {
                    context.Response.StatusCode = 401;
                    return;
                }

                if (self.Faults.TryDequeue(out var fault))
                {
                    await fault(context);
                    return;
                }

                var since = long.Parse(context.Request.Query["since_id"].FirstOrDefault() ?? "0", CultureInfo.InvariantCulture);
                var max = int.Parse(context.Request.Query["max_results"].FirstOrDefault() ?? "10", CultureInfo.InvariantCulture);
                var offset = context.Request.Query["pagination_token"].FirstOrDefault() is { } token ? int.Parse(token[1..], CultureInfo.InvariantCulture) : 0;
                var all = self.Tweets.Where(t => t.Key > since).Reverse().ToList();
                var page = all.Skip(offset).Take(max).ToList();
                var meta = new Dictionary<string, object> { ["result_count"] = page.Count };
                if (page.Count > 0)
                {
                    meta["newest_id"] = page[0].Key.ToString(CultureInfo.InvariantCulture);
                    meta["oldest_id"] = page[^1].Key.ToString(CultureInfo.InvariantCulture);
                }

                if (offset + max < all.Count)
                {
                    meta["next_token"] = "p" + (offset + max).ToString(CultureInfo.InvariantCulture);
                }

                var body = new Dictionary<string, object> { ["meta"] = meta };
                if (page.Count > 0)
                {
                    body["data"] = page.Select(t => t.Value).ToList();
                    var referenced = self.ParentTweets.Where(p => page.Any(t => JsonSerializer.Serialize(t.Value).Contains($"\"id\":\"{p.Key}\"", StringComparison.Ordinal))).Select(p => p.Value).ToList();
                    body["includes"] = new { users = self.Users.Select(u => new { id = u.Key, name = u.Value, username = u.Value }), tweets = referenced };
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(JsonSerializer.Serialize(body));
            });
        });
        self = new FakeX(app, baseUrl);
        return self;
    }

    public void AddMention(long id, string text, string? replyToTweet = null, string? replyToUser = null) =>
        Tweets[id] = new Dictionary<string, object?>
        {
            ["id"] = id.ToString(CultureInfo.InvariantCulture),
            ["text"] = text,
            ["author_id"] = "77",
            ["created_at"] = "2026-11-20T08:00:00.000Z",
            ["in_reply_to_user_id"] = replyToUser,
            ["referenced_tweets"] = replyToTweet is null ? null : new[] { new { type = "replied_to", id = replyToTweet } },
            ["entities"] = new { mentions = new[] { new { start = 0, end = 12, username = "PJansenWeth", id = UserId } } },
        };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
