namespace SocialWatch.Domain;

/// <summary>A post with the officials it targets and its verdict, ready to be registered.</summary>
public sealed record JudgedPost(Post Post, IReadOnlyList<PostTarget> Targets, Verdict Verdict);
