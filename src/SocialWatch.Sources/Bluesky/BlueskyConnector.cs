using System.Globalization;
using System.Net;
using System.Text.Json;
using SocialWatch.Domain;
using SocialWatch.Sources.Connectors;
using SocialWatch.Sources.Intake;

namespace SocialWatch.Sources.Bluesky;

/// <summary>
/// Mentions, replies and quotes of one official from <c>app.bsky.notification.listNotifications</c>. The platform pages
/// from newest to older with an opaque cursor; the stored cursor holds the <c>indexedAt</c> of the newest notification
/// fully read (<c>since</c>), and during a multi-page run also the platform cursor and the run's newest time, so a
/// crash resumes without skipping. Reading stops at the first notification not newer than <c>since</c>.
/// </summary>
public sealed class BlueskyConnector(HttpClient http, BlueskyAccount account, TimeProvider time) : ISourceConnector
{
    /// <summary>Notifications per page (the API allows up to 100).</summary>
    public const int PageSize = 50;

    private static readonly HashSet<string> Reasons = new(StringComparer.Ordinal) { "mention", "reply", "quote" };
    private readonly BlueskySession _session = new(http, account, time);

    /// <inheritdoc />
    public string Name => $"bluesky:{account.Handle}";

    /// <inheritdoc />
    public async Task<SourceCheck> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _session.GetAsync("xrpc/app.bsky.notification.getUnreadCount", cancellationToken);
            return response.IsSuccessStatusCode
                ? new SourceCheck(true, $"logged in as {account.Handle}")
                : new SourceCheck(false, $"logged in, but notifications answered HTTP {(int)response.StatusCode}");
        }
        catch (HttpRequestException e) when (e.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest)
        {
            return new SourceCheck(false, "the app password was refused: create a new app password for this account");
        }
        catch (Exception e) when (ConnectorHttp.IsOutage(e))
        {
            return new SourceCheck(false, $"cannot reach {account.Service.Host}: {e.Message}");
        }
    }

    /// <inheritdoc />
    public async Task<SourcePage> FetchAsync(string? cursor, CancellationToken cancellationToken)
    {
        // The cursor has the same three parts as X's: since, next (platform cursor), newest.
        var state = PagedCursor.Parse(cursor);
        var query = $"xrpc/app.bsky.notification.listNotifications?limit={PageSize}";
        if (state.Next is { } next)
        {
            query += "&cursor=" + Uri.EscapeDataString(next);
        }

        using var response = await _session.GetAsync(query, cancellationToken);
        var page = await ConnectorResponse.ReadAsync(response, Name, cursor, time, (root, body) => ReadPage(root, state, cursor, body), cancellationToken);
        return page.Problem is not null ? page : page with { Posts = await WithParentsAsync(page.Posts, cancellationToken) };
    }

    // One level of thread context from app.bsky.feed.getPosts (25 uris per call). A parent that cannot be fetched
    // is left out; the reply itself still goes in.
    private async Task<IReadOnlyList<Post>> WithParentsAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken)
    {
        var wanted = posts.Select(p => p.InReplyTo).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var parents = new Dictionary<string, ParentPost>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(25))
        {
            try
            {
                var query = "xrpc/app.bsky.feed.getPosts?" + string.Join('&', chunk.Select(u => "uris=" + Uri.EscapeDataString(u)));
                using var response = await _session.GetAsync(query, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    continue;
                }

                using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                foreach (var p in document.RootElement.GetProperty("posts").EnumerateArray())
                {
                    var uri = ConnectorJson.Text(p, "uri");
                    var handle = p.TryGetProperty("author", out var a) ? ConnectorJson.Optional(a, "handle") : null;
                    var text = p.TryGetProperty("record", out var r) ? ConnectorJson.Optional(r, "text") ?? string.Empty : string.Empty;
                    var url = handle is null ? null : $"https://bsky.app/profile/{handle}/post/{uri[(uri.LastIndexOf('/') + 1)..]}";
                    parents[uri] = new ParentPost(uri, handle, text, url, ConnectorJson.Cap(p.GetRawText()));
                }
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException || ConnectorHttp.IsOutage(e))
            {
                // Thread context is a help for reviewers, not a reason to lose the page.
            }
        }

        return posts.Select(p => p.InReplyTo is { } id && parents.TryGetValue(id, out var parent) ? p with { Parent = parent } : p).ToList();
    }

    private SourcePage ReadPage(JsonElement root, PagedCursor state, string? cursor, string body)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("notifications", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return ConnectorJson.Refused(Name, cursor, "expected an object with 'notifications'", body);
        }

        var posts = new List<Post>();
        var quarantined = new List<QuarantinedItem>();
        var newest = state.Newest;
        var reachedKnown = false;
        foreach (var item in items.EnumerateArray())
        {
            var raw = item.GetRawText();
            var indexedAt = ConnectorJson.Optional(item, "indexedAt");
            if (indexedAt is not null && state.Since is not null && string.CompareOrdinal(indexedAt, state.Since) <= 0)
            {
                reachedKnown = true;
                break;
            }

            if (indexedAt is not null && (newest is null || string.CompareOrdinal(indexedAt, newest) > 0))
            {
                newest = indexedAt;
            }

            if (!Reasons.Contains(ConnectorJson.Optional(item, "reason") ?? string.Empty))
            {
                continue;
            }

            try
            {
                posts.Add(ToPost(item, raw));
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException)
            {
                quarantined.Add(new QuarantinedItem($"{Name}: {e.Message}", ConnectorJson.Cap(raw)));
            }
        }

        var platformCursor = ConnectorJson.Optional(root, "cursor");
        var more = !reachedKnown && platformCursor is not null && items.GetArrayLength() > 0;
        var nextCursor = more ? new PagedCursor(state.Since, platformCursor, newest) : new PagedCursor(newest ?? state.Since, null, null);
        return new SourcePage(posts, quarantined, nextCursor.ToString(), more);
    }

    private Post ToPost(JsonElement item, string raw)
    {
        var uri = ConnectorJson.Text(item, "uri");
        var author = item.GetProperty("author");
        var handle = ConnectorJson.Text(author, "handle");
        var record = item.GetProperty("record");
        string? parent = null;
        if (record.TryGetProperty("reply", out var reply) && reply.TryGetProperty("parent", out var p))
        {
            parent = ConnectorJson.Optional(p, "uri");
        }

        return new Post
        {
            Platform = "bluesky",
            ExternalId = uri,
            Url = $"https://bsky.app/profile/{handle}/post/{uri[(uri.LastIndexOf('/') + 1)..]}",
            AuthorHandle = handle,
            AuthorId = ConnectorJson.Optional(author, "did"),
            Text = ConnectorJson.Text(record, "text"),
            CreatedAtUtc = DateTimeOffset.Parse(ConnectorJson.Text(record, "createdAt"), CultureInfo.InvariantCulture).UtcDateTime,
            CapturedAtUtc = time.GetUtcNow().UtcDateTime,
            InReplyTo = parent,
            // Every notification of these reasons is aimed at this account.
            Mentions = [account.Handle],
            RawPayload = raw,
            PayloadSha256 = PostLineParser.Sha256(raw),
        };
    }
}
