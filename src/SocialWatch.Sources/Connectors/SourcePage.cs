using SocialWatch.Domain;

namespace SocialWatch.Sources.Connectors;

/// <summary>One page from a source.</summary>
/// <param name="Posts">Usable posts.</param>
/// <param name="Quarantined">Items or whole payloads that could not be used.</param>
/// <param name="NextCursor">The cursor after this page (the newest id seen), or the old one when nothing was read.</param>
/// <param name="HasMore">Whether another page may follow at once.</param>
/// <param name="Problem">A page-level problem (invalid JSON, an HTML error page) to report as the source's last error.</param>
public sealed record SourcePage(
    IReadOnlyList<Post> Posts,
    IReadOnlyList<QuarantinedItem> Quarantined,
    string? NextCursor,
    bool HasMore,
    string? Problem = null)
{
    /// <summary>Reads the platform bills for this page.</summary>
    public int BilledReads { get; init; }
}
