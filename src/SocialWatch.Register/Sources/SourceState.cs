namespace SocialWatch.Register.Sources;

/// <summary>What the register knows of one source's runs.</summary>
public sealed record SourceState
{
    public required string Source { get; init; }

    public string? Cursor { get; init; }

    public DateTime? LastRunAt { get; init; }

    public DateTime? LastSuccessAt { get; init; }

    public string? LastError { get; init; }

    public DateTime? LastErrorAt { get; init; }

    public long ItemsFetched { get; init; }

    public long Untargeted { get; init; }

    /// <summary>The source asked not to be called before this time (rate limit or outage).</summary>
    public DateTime? BackoffUntil { get; init; }
}
