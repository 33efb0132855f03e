using System.ComponentModel.DataAnnotations;

namespace SocialWatch.Worker.Options;

/// <summary>Section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>SQLite file, relative to the SocialWatch home folder. Default <c>data/socialwatch.db</c>.</summary>
    [Required]
    public string Path { get; set; } = "data/socialwatch.db";

    /// <summary>Milliseconds a writer waits for a lock. Default 5000.</summary>
    [Range(100, 120_000)]
    public int BusyTimeoutMs { get; set; } = 5000;
}
