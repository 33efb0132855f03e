using Dapper;
using SocialWatch.Domain;

namespace SocialWatch.Register.Queries;

/// <summary>Read-side queries over posts and verdicts.</summary>
public sealed class PostQueries(SqliteConnectionFactory connections)
{
    /// <summary>Hard upper bound on one listing.</summary>
    public const int MaxLimit = 500;

    /// <summary>Newest posts first, optionally only one label (by the latest verdict).</summary>
    public async Task<IReadOnlyList<PostListItem>> ListAsync(Label? label, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PostListItem>(
            """
            SELECT p.id, p.platform, p.external_id AS ExternalId, p.url, p.author_handle AS AuthorHandle, p.text,
                   p.created_at AS CreatedAt, p.captured_at AS CapturedAt,
                   v.label, v.score_none AS ScoreNone, v.score_grey AS ScoreGrey, v.score_abusive AS ScoreAbusive,
                   v.score_threat AS ScoreThreat, v.model_version AS ModelVersion, v.evidence,
                   c.author_handle AS ParentAuthor, c.text AS ParentText, c.url AS ParentUrl,
                   (SELECT group_concat(o.key, ',') FROM post_targets t JOIN officials o ON o.id = t.official_id WHERE t.post_id = p.id) AS Officials
            FROM posts p
            JOIN verdicts v ON v.id = (SELECT max(id) FROM verdicts WHERE post_id = p.id)
            LEFT JOIN post_context c ON c.post_id = p.id
            WHERE (@Label IS NULL OR v.label = @Label)
            ORDER BY p.created_at DESC, p.id DESC
            LIMIT @Limit
            """,
            new { Label = label?.ToCode(), Limit = Math.Clamp(limit, 1, MaxLimit) });
        return rows.AsList();
    }

    /// <summary>Number of posts per latest label.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByLabelAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Label, int Count)>(
            """
            SELECT v.label, count(*) FROM posts p
            JOIN verdicts v ON v.id = (SELECT max(id) FROM verdicts WHERE post_id = p.id)
            GROUP BY v.label
            """);
        return rows.ToDictionary(r => r.Label, r => r.Count, StringComparer.Ordinal);
    }
}
