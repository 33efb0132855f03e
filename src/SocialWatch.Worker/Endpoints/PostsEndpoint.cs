using System.Text.Json;
using SocialWatch.Domain;
using SocialWatch.Register.Queries;
using SocialWatch.Reporting;

namespace SocialWatch.Worker.Endpoints;

/// <summary><c>GET /api/posts?label=&amp;limit=</c>: read-only listing, newest first.</summary>
public static class PostsEndpoint
{
    /// <summary>Default number of posts.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Maps the endpoint.</summary>
    public static void MapPosts(this IEndpointRouteBuilder app) => app.MapGet("/api/posts", async (
        string? label, int? limit, PostQueries queries, CancellationToken cancellationToken) =>
    {
        Label? filter = null;
        if (!string.IsNullOrEmpty(label))
        {
            if (!LabelCodes.TryParse(label, out var parsed))
            {
                return Results.BadRequest(new { error = "label must be one of none, grey, abusive, threat" });
            }

            filter = parsed;
        }

        if (limit is < 1 or > PostQueries.MaxLimit)
        {
            return Results.BadRequest(new { error = $"limit must be between 1 and {PostQueries.MaxLimit}" });
        }

        var rows = await queries.ListAsync(filter, limit ?? DefaultLimit, cancellationToken);
        return Results.Json(rows.Select(p => new
        {
            id = p.Id,
            platform = p.Platform,
            external_id = p.ExternalId,
            url = p.Url,
            author = p.AuthorHandle,
            text = p.Text,
            created_at = p.CreatedAt,
            created_at_local = AmsterdamTime.FromUtc(p.CreatedAt),
            captured_at = p.CapturedAt,
            label = p.Label,
            scores = new { none = p.ScoreNone, grey = p.ScoreGrey, abusive = p.ScoreAbusive, threat = p.ScoreThreat },
            model = p.ModelVersion,
            evidence = string.IsNullOrEmpty(p.Evidence) ? default : JsonDocument.Parse(p.Evidence).RootElement,
            officials = p.Officials?.Split(',') ?? [],
            in_reply_to = p.ParentText is null && p.ParentAuthor is null ? null : new { author = p.ParentAuthor, text = p.ParentText, url = p.ParentUrl },
        }));
    });
}
