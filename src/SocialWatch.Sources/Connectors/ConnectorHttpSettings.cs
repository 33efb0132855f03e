namespace SocialWatch.Sources.Connectors;

/// <summary>Timeouts and retry settings of the connector HTTP pipeline.</summary>
public sealed record ConnectorHttpSettings
{
    /// <summary>One attempt. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>All attempts together. Default 60 s.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt. Default 3.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Base delay of the exponential back-off. Default 2 s.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Calls in the sampling window before the breaker may open. Default 10.</summary>
    public int BreakerMinimumThroughput { get; init; } = 10;

    /// <summary>How long an open breaker stays open. Default 5 minutes.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromMinutes(5);
}
