namespace SocialWatch.Sources.Connectors;

/// <summary>
/// One platform account to pull messages from. A new platform is one new folder with one implementation.
/// Connectors never write: they return a page, and the poller commits it with its cursor in one transaction.
/// </summary>
public interface ISourceConnector
{
    /// <summary>Stable source name, e.g. <c>mastodon:amdewit@social.voorbeeld.nl</c>; the cursor is stored under it.</summary>
    string Name { get; }

    /// <summary>Fetches the page of messages that follows <paramref name="cursor"/> (null: from the beginning).</summary>
    Task<SourcePage> FetchAsync(string? cursor, CancellationToken cancellationToken);

    /// <summary>Checks credentials and reachability without reading messages; says in plain words what is wrong.</summary>
    Task<SourceCheck> CheckAsync(CancellationToken cancellationToken);
}
