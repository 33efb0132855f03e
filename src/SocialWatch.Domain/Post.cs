namespace SocialWatch.Domain;

/// <summary>A public message as captured from a platform or import.</summary>
public sealed record Post
{
    /// <summary>Platform code, e.g. mastodon, bluesky, x, file.</summary>
    public required string Platform { get; init; }

    /// <summary>The platform's own id of the message; unique per platform.</summary>
    public required string ExternalId { get; init; }

    public string? Url { get; init; }

    public string? AuthorHandle { get; init; }

    public string? AuthorId { get; init; }

    public required string Text { get; init; }

    public required DateTime CreatedAtUtc { get; init; }

    public required DateTime CapturedAtUtc { get; init; }

    /// <summary>External id of the message this one replies to.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>Handle of the author of the message this one replies to, where the platform gives it.</summary>
    public string? InReplyToAuthor { get; init; }

    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>The post this one replies to, when the source could fetch it.</summary>
    public ParentPost? Parent { get; init; }

    /// <summary>The payload exactly as captured (evidence).</summary>
    public required string RawPayload { get; init; }

    /// <summary>Lower-case hex SHA-256 of <see cref="RawPayload"/> in UTF-8.</summary>
    public required string PayloadSha256 { get; init; }
}
