using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialWatch.Tests.Support;

/// <summary>
/// A Mastodon instance on 127.0.0.1 serving <c>GET /api/v1/notifications</c> with notifications shaped like the
/// documented Notification and Status entities. Scripted faults are served first, one per request.
/// </summary>
public sealed class FakeMastodon : IAsyncDisposable
{
    public const string Token = "test-token-abc";

    private readonly WebApplication _app;

    private FakeMastodon(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Notifications by numeric id.</summary>
    public SortedDictionary<long, string> Notifications { get; } = [];

    /// <summary>Ids of notifications the account's policy filters: served only with <c>include_filtered=true</c>.</summary>
    public HashSet<long> Filtered { get; } = [];

    /// <summary>Statuses served by <c>GET /api/v1/statuses/:id</c> (the posts replies answer).</summary>
    public Dictionary<string, string> Statuses { get; } = [];

    /// <summary>Faults served before normal answers, one per request.</summary>
    public ConcurrentQueue<Func<HttpContext, Task>> Faults { get; } = new();

    /// <summary>The min_id of every request seen.</summary>
    public ConcurrentQueue<string?> Requests { get; } = new();

    public static async Task<FakeMastodon> StartAsync()
    {
        FakeMastodon? self = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/api/v1/accounts/verify_credentials", async context =>
            {
                context.Response.StatusCode = context.Request.Headers.Authorization == $"Bearer {Token}" ? 200 : 401;
                await context.Response.WriteAsync(context.Response.StatusCode == 200 ? "{\"id\":\"1\",\"acct\":\"amdewit\"}" : "{\"error\":\"The access token is invalid\"}");
            });
            app.MapGet("/api/v1/statuses/{id}", async (HttpContext context, string id) =>
            {
                if (!self!.Statuses.TryGetValue(id, out var status))
                {
                    context.Response.StatusCode = 404;
                    return;
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(status);
            });
            app.MapGet("/api/v1/notifications", async context =>
            {
                self!.Requests.Enqueue(context.Request.Query["min_id"]);
                if (context.Request.Headers.Authorization != $"Bearer {Token}")
                {
                    context.Response.StatusCode = 401;
                    await context.Response.WriteAsync("{\"error\":\"The access token is invalid\"}");
                    return;
                }

                if (self.Faults.TryDequeue(out var fault))
                {
                    await fault(context);
                    return;
                }

                var minId = long.Parse(context.Request.Query["min_id"].FirstOrDefault() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
                var limit = int.Parse(context.Request.Query["limit"].FirstOrDefault() ?? "40", System.Globalization.CultureInfo.InvariantCulture);
                // min_id: the page immediately newer than min_id, returned newest first, as Mastodon does.
                var includeFiltered = context.Request.Query["include_filtered"] == "true";
                var entries = self.Notifications.Where(n => n.Key > minId && (includeFiltered || !self.Filtered.Contains(n.Key))).Take(limit).Reverse().ToList();
                var page = entries.Select(n => n.Value);
                if (entries.Count > 0)
                {
                    // As Mastodon does: rel="next" pages to older (max_id), rel="prev" to newer (min_id).
                    var path = $"{context.Request.Scheme}://{context.Request.Host}/api/v1/notifications";
                    context.Response.Headers["Link"] = $"<{path}?max_id={entries[^1].Key}>; rel=\"next\", <{path}?min_id={entries[0].Key}>; rel=\"prev\"";
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("[" + string.Join(",", page) + "]");
            });
        });
        self = new FakeMastodon(app, baseUrl);
        return self;
    }

    /// <summary>Adds a mention notification of <paramref name="acct"/> by a citizen.</summary>
    public void AddMention(long id, string acct, string html, long? statusId = null, string? inReplyTo = null) =>
        Notifications[id] = JsonSerializer.Serialize(new
        {
            id = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            type = "mention",
            created_at = "2026-11-20T08:00:00.000Z",
            account = new { id = "9001", username = "burger", acct = "burger@mastodon.example", display_name = "Burger" },
            status = new
            {
                id = (statusId ?? (id * 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                created_at = "2026-11-20T08:00:00.000Z",
                in_reply_to_id = inReplyTo,
                in_reply_to_account_id = (string?)null,
                visibility = "public",
                url = $"https://mastodon.example/@burger/{id}",
                content = html,
                account = new { id = "9001", username = "burger", acct = "burger@mastodon.example" },
                mentions = new[] { new { id = "1", username = acct.Split('@')[0], acct, url = "https://social.testdorp.nl/@" + acct } },
            },
        });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
