using SocialWatch.Domain;

namespace SocialWatch.Sources.Intake;

/// <summary>The outcome of parsing one input line: a post, or the reason it was refused.</summary>
public sealed record ParsedLine(Post? Post, string? Error)
{
    /// <summary>A good line.</summary>
    public static ParsedLine Ok(Post post) => new(post, null);

    /// <summary>A refused line.</summary>
    public static ParsedLine Fail(string error) => new(null, error);
}
