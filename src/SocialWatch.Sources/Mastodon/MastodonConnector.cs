using System.Globalization;
using System.Numerics;
using System.Text.Json;
using SocialWatch.Domain;
using SocialWatch.Sources.Connectors;
using SocialWatch.Sources.Intake;

namespace SocialWatch.Sources.Mastodon;

/// <summary>
/// Mentions of one official's account, from <c>GET /api/v1/notifications?types[]=mention</c>, oldest first from the
/// cursor with <c>min_id</c>, including the mentions that Mastodon 4.3+ holds back under the account's notification
/// policy (<c>include_filtered=true</c>: strangers' mentions are exactly the ones we must not miss). The cursor is the newest notification id seen. Items the connector cannot use are
/// quarantined; the rest of the page still goes through.
/// </summary>
public sealed class MastodonConnector(HttpClient http, MastodonAccount account, TimeProvider time) : ISourceConnector
{
    /// <summary>Notifications per page (Mastodon's maximum for this endpoint is 80).</summary>
    public const int PageSize = 40;


    /// <inheritdoc />
    public string Name => $"mastodon:{account.Acct}";

    /// <inheritdoc />
    public Task<SourceCheck> CheckAsync(CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(account.BaseUrl, "api/v1/accounts/verify_credentials"));
        request.Headers.Authorization = new("Bearer", account.AccessToken);
        return SourceCheck.RunAsync(http, request, "access token", body => $"token accepted for {account.Acct}", cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SourcePage> FetchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var uri = new Uri(account.BaseUrl, $"api/v1/notifications?types[]=mention&include_filtered=true&limit={PageSize}&min_id={Uri.EscapeDataString(cursor ?? "0")}");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new("Bearer", account.AccessToken);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var page = await ConnectorResponse.ReadAsync(response, Name, cursor, time, (root, body) =>
            root.ValueKind == JsonValueKind.Array ? ReadPage(root, cursor) : ConnectorJson.Refused(Name, cursor, "expected a JSON array of notifications", body), cancellationToken);
        if (page.Problem is not null)
        {
            return page;
        }

        // The Link header's rel="prev" carries the min_id of the next newer page; prefer it when present.
        var next = LinkHeader.MinIdOfPrev(response) ?? page.NextCursor;
        return page with { Posts = await WithParentsAsync(page.Posts, cancellationToken), NextCursor = next };
    }

    // One level of thread context: the status each reply answered. A parent that cannot be fetched is left out;
    // the reply itself still goes in.
    private async Task<IReadOnlyList<Post>> WithParentsAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken)
    {
        var result = new List<Post>(posts.Count);
        foreach (var post in posts)
        {
            result.Add(post.InReplyTo is { } parentId ? post with { Parent = await FetchStatusAsync(parentId, cancellationToken) } : post);
        }

        return result;
    }

    private async Task<ParentPost?> FetchStatusAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(account.BaseUrl, $"api/v1/statuses/{Uri.EscapeDataString(id)}"));
            request.Headers.Authorization = new("Bearer", account.AccessToken);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var raw = await response.Content.ReadAsStringAsync(cancellationToken);
            using var status = JsonDocument.Parse(raw);
            var root = status.RootElement;
            return new ParentPost(
                ConnectorJson.Text(root, "id"),
                root.TryGetProperty("account", out var a) ? ConnectorJson.Optional(a, "acct") : null,
                HtmlText.ToPlainText(ConnectorJson.Text(root, "content")),
                ConnectorJson.Optional(root, "url"),
                ConnectorJson.Cap(raw));
        }
        catch (Exception e) when (e is JsonException or FormatException || ConnectorHttp.IsOutage(e))
        {
            return null;
        }
    }

    private SourcePage ReadPage(JsonElement items, string? cursor)
    {
        var posts = new List<Post>();
        var quarantined = new List<QuarantinedItem>();
        var newest = cursor;
        var count = 0;
        foreach (var item in items.EnumerateArray())
        {
            count++;
            var raw = item.GetRawText();
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String)
            {
                newest = Newer(newest, idElement.GetString()!);
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

        return new SourcePage(posts, quarantined, newest, count >= PageSize);
    }

    private Post ToPost(JsonElement item, string raw)
    {
        var status = item.GetProperty("status");
        var author = status.GetProperty("account");
        var mentions = status.TryGetProperty("mentions", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Select(x => x.GetProperty("acct").GetString()!).ToList()
            : [];
        if (!mentions.Contains(account.Acct, StringComparer.OrdinalIgnoreCase))
        {
            // A mention notification is by definition aimed at the account that received it.
            mentions.Add(account.Acct);
        }

        return new Post
        {
            Platform = "mastodon",
            ExternalId = ConnectorJson.Text(status, "id"),
            Url = ConnectorJson.Optional(status, "url"),
            AuthorHandle = ConnectorJson.Text(author, "acct"),
            AuthorId = ConnectorJson.Optional(author, "id"),
            Text = HtmlText.ToPlainText(ConnectorJson.Text(status, "content")),
            CreatedAtUtc = DateTimeOffset.Parse(ConnectorJson.Text(status, "created_at"), CultureInfo.InvariantCulture).UtcDateTime,
            CapturedAtUtc = time.GetUtcNow().UtcDateTime,
            InReplyTo = ConnectorJson.Optional(status, "in_reply_to_id"),
            Mentions = mentions,
            RawPayload = raw,
            PayloadSha256 = PostLineParser.Sha256(raw),
        };
    }

    // Mastodon ids are decimal strings of growing length; compare them as numbers.
    private static string Newer(string? a, string b) =>
        a is null || !BigInteger.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var x)
            || (BigInteger.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y > x) ? b : a;

}
