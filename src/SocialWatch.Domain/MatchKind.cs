namespace SocialWatch.Domain;

/// <summary>How a post was found to be directed at an official.</summary>
public enum MatchKind
{
    /// <summary>The post mentions one of the official's handles.</summary>
    Handle,

    /// <summary>The post replies to one of the official's posts.</summary>
    Reply,

    /// <summary>The post names the official (name or alias).</summary>
    Name,
}
