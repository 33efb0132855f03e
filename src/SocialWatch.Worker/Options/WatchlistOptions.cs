using System.ComponentModel.DataAnnotations;

namespace SocialWatch.Worker.Options;

/// <summary>Section <c>Watchlist</c>.</summary>
public sealed class WatchlistOptions
{
    public const string Section = "Watchlist";

    /// <summary>The organisations and officials file. Default <c>config/officials.json</c>.</summary>
    [Required]
    public string Path { get; set; } = "config/officials.json";
}
