namespace SocialWatch.Domain;

/// <summary>
/// Everything one intake step writes, committed as one transaction: judged posts,
/// references to officials' own posts (for reply matching), the source's new cursor
/// and the number of posts dropped because they targeted no official.
/// </summary>
public sealed record IntakeBatch(
    string Source,
    IReadOnlyList<JudgedPost> Posts,
    IReadOnlyList<OfficialPostRef> OfficialPosts,
    int Untargeted,
    string? NewCursor)
{
    /// <summary>Unusable payloads of this page, stored in the same transaction.</summary>
    public IReadOnlyList<QuarantinedItem> Quarantined { get; init; } = [];

    /// <summary>Billed reads this page cost (counted against a monthly budget), committed with the page.</summary>
    public int BilledReads { get; init; }
}
