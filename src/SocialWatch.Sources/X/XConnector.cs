using System.Globalization;
using System.Text.Json;
using SocialWatch.Domain;
using SocialWatch.Sources.Connectors;
using SocialWatch.Sources.Intake;

namespace SocialWatch.Sources.X;

/// <summary>
/// Mentions of one official from X API v2 <c>GET /2/users/:id/mentions</c>, with <c>since_id</c> as the cursor and
/// <c>pagination_token</c> for further pages, expanded with authors and replied-to posts. X bills every post read: the
/// connector stops at the configured monthly budget and reports until when, instead of spending more.
/// </summary>
public sealed class XConnector(HttpClient http, XAccount account, IReadBudget budget, TimeProvider time) : ISourceConnector
{
    /// <summary>Posts per page (X allows 5 to 100).</summary>
    public const int PageSize = 100;

    private const int MinPageSize = 5;

    /// <inheritdoc />
    public string Name => $"x:{account.Username}";

    /// <inheritdoc />
    public Task<SourceCheck> CheckAsync(CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(account.BaseUrl, $"2/users/{Uri.EscapeDataString(account.UserId)}"));
        request.Headers.Authorization = new("Bearer", account.BearerToken);
        return SourceCheck.RunAsync(http, request, "bearer token", _ => $"token accepted; user {account.UserId} found", cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SourcePage> FetchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var used = await budget.ReadsThisMonthAsync(Name, cancellationToken);
        var remaining = account.MonthlyReadBudget - used;
        if (remaining < MinPageSize)
        {
            var now = time.GetUtcNow();
            var nextMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
            throw new SourceBackoffException($"{Name}: monthly read budget of {account.MonthlyReadBudget} reached ({used} read)", nextMonth);
        }

        var state = PagedCursor.Parse(cursor);
        var query = $"max_results={Math.Min(PageSize, remaining)}&expansions=author_id,in_reply_to_user_id,referenced_tweets.id" +
                    "&tweet.fields=created_at,author_id,in_reply_to_user_id,referenced_tweets,entities&user.fields=username";
        if (state.Since is { } since)
        {
            query += "&since_id=" + Uri.EscapeDataString(since);
        }

        if (state.Next is { } next)
        {
            query += "&pagination_token=" + Uri.EscapeDataString(next);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(account.BaseUrl, $"2/users/{Uri.EscapeDataString(account.UserId)}/mentions?{query}"));
        request.Headers.Authorization = new("Bearer", account.BearerToken);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return await ConnectorResponse.ReadAsync(response, Name, cursor, time, (root, body) => ReadPage(root, state, body), cancellationToken);
    }

    private SourcePage ReadPage(JsonElement root, PagedCursor state, string body)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("meta", out var meta) || meta.ValueKind != JsonValueKind.Object)
        {
            return ConnectorJson.Refused(Name, state.ToString(), "expected an object with 'meta'", body);
        }

        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("includes", out var includes) && includes.TryGetProperty("users", out var userList) && userList.ValueKind == JsonValueKind.Array)
        {
            foreach (var u in userList.EnumerateArray())
            {
                if (u.TryGetProperty("id", out var id) && u.TryGetProperty("username", out var name))
                {
                    users[id.GetString() ?? string.Empty] = name.GetString() ?? string.Empty;
                }
            }
        }

        var parents = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (root.TryGetProperty("includes", out var inc) && inc.TryGetProperty("tweets", out var included) && included.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in included.EnumerateArray())
            {
                if (ConnectorJson.Optional(t, "id") is { } tid)
                {
                    parents[tid] = t.Clone();
                }
            }
        }

        var posts = new List<Post>();
        var quarantined = new List<QuarantinedItem>();
        var read = 0;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var tweet in data.EnumerateArray())
            {
                read++;
                var raw = tweet.GetRawText();
                try
                {
                    posts.Add(ToPost(tweet, raw, users, parents));
                }
                catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException)
                {
                    quarantined.Add(new QuarantinedItem($"{Name}: {e.Message}", ConnectorJson.Cap(raw)));
                }
            }
        }

        var newest = state.Newest ?? ConnectorJson.Optional(meta, "newest_id");
        var nextToken = ConnectorJson.Optional(meta, "next_token");
        var nextCursor = nextToken is null
            ? new PagedCursor(newest ?? state.Since, null, null)
            : new PagedCursor(state.Since, nextToken, newest);
        return new SourcePage(posts, quarantined, nextCursor.ToString(), nextToken is not null) { BilledReads = read };
    }

    private static ParentPost? Parent(JsonElement tweet, Dictionary<string, string> users)
    {
        if (ConnectorJson.Optional(tweet, "id") is not { } id || ConnectorJson.Optional(tweet, "text") is not { } text)
        {
            return null;
        }

        var author = ConnectorJson.Optional(tweet, "author_id") is { } authorId ? users.GetValueOrDefault(authorId) : null;
        var url = author is null ? $"https://x.com/i/web/status/{id}" : $"https://x.com/{author}/status/{id}";
        return new ParentPost(id, author, text, url, tweet.GetRawText());
    }

    private Post ToPost(JsonElement tweet, string raw, Dictionary<string, string> users, Dictionary<string, JsonElement> parents)
    {
        var authorId = ConnectorJson.Text(tweet, "author_id");
        var replyTo = tweet.TryGetProperty("referenced_tweets", out var refs) && refs.ValueKind == JsonValueKind.Array
            ? refs.EnumerateArray().Where(r => ConnectorJson.Optional(r, "type") == "replied_to").Select(r => ConnectorJson.Optional(r, "id")).FirstOrDefault()
            : null;
        var replyToUser = ConnectorJson.Optional(tweet, "in_reply_to_user_id");
        var mentions = tweet.TryGetProperty("entities", out var entities) && entities.TryGetProperty("mentions", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Select(x => ConnectorJson.Optional(x, "username")).OfType<string>().ToList()
            : [];
        if (!mentions.Contains(account.Username, StringComparer.OrdinalIgnoreCase))
        {
            // The mentions timeline only holds posts aimed at this account.
            mentions.Add(account.Username);
        }

        var id = ConnectorJson.Text(tweet, "id");
        var author = users.GetValueOrDefault(authorId);
        return new Post
        {
            Platform = "x",
            ExternalId = id,
            Url = author is null ? $"https://x.com/i/web/status/{id}" : $"https://x.com/{author}/status/{id}",
            AuthorHandle = author,
            AuthorId = authorId,
            Text = ConnectorJson.Text(tweet, "text"),
            CreatedAtUtc = DateTimeOffset.Parse(ConnectorJson.Text(tweet, "created_at"), CultureInfo.InvariantCulture).UtcDateTime,
            CapturedAtUtc = time.GetUtcNow().UtcDateTime,
            InReplyTo = replyTo,
            InReplyToAuthor = replyToUser is null ? null : users.GetValueOrDefault(replyToUser),
            Parent = replyTo is not null && parents.TryGetValue(replyTo, out var parent) ? Parent(parent, users) : null,
            Mentions = mentions,
            RawPayload = raw,
            PayloadSha256 = PostLineParser.Sha256(raw),
        };
    }

}
