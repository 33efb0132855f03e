namespace SocialWatch.Sources.Connectors;

/// <summary>The platform asked us to wait (429 or a spent rate-limit window) or is down; not before <see cref="Until"/>.</summary>
public sealed class SourceBackoffException : Exception
{
    public SourceBackoffException(string message, DateTimeOffset until)
        : base(message) => Until = until;

    public SourceBackoffException()
    {
    }

    public SourceBackoffException(string message)
        : base(message)
    {
    }

    public SourceBackoffException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>When the source may be called again.</summary>
    public DateTimeOffset Until { get; }
}
