namespace SocialWatch.Register.Queries;

/// <summary>A registered post with its latest verdict, as listed by the API.</summary>
public sealed record PostListItem
{
    public long Id { get; init; }

    public required string Platform { get; init; }

    public required string ExternalId { get; init; }

    public string? Url { get; init; }

    public string? AuthorHandle { get; init; }

    public string? Text { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime CapturedAt { get; init; }

    public string? Label { get; init; }

    public double ScoreNone { get; init; }

    public double ScoreGrey { get; init; }

    public double ScoreAbusive { get; init; }

    public double ScoreThreat { get; init; }

    public string? ModelVersion { get; init; }

    /// <summary>Evidence spans as stored (JSON array).</summary>
    public string? Evidence { get; init; }

    public string? ParentAuthor { get; init; }

    public string? ParentText { get; init; }

    public string? ParentUrl { get; init; }

    /// <summary>Official keys this post targets, comma-separated.</summary>
    public string? Officials { get; init; }
}
