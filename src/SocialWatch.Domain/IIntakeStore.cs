namespace SocialWatch.Domain;

/// <summary>The register's write side for intake: one batch, one transaction.</summary>
public interface IIntakeStore
{
    /// <summary>
    /// Stores the batch atomically: posts (skipping ones already present), targets, verdicts,
    /// officials' post references, the cursor, the intake counters and outbox rows for threats.
    /// </summary>
    Task<IntakeResult> StoreAsync(IntakeBatch batch, CancellationToken cancellationToken);

    /// <summary>Which of the given external ids of a platform were posted by an official, by official key.</summary>
    Task<IReadOnlyDictionary<string, string>> FindOfficialPostsAsync(string platform, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    /// <summary>The cursor last committed for a source, or null.</summary>
    Task<string?> GetCursorAsync(string source, CancellationToken cancellationToken);
}
