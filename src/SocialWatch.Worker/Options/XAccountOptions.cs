using System.ComponentModel.DataAnnotations;

namespace SocialWatch.Worker.Options;

/// <summary>One official's X account. The bearer token is never in a file: only the name of the variable holding it.</summary>
public sealed class XAccountOptions
{
    /// <summary>The numeric user id.</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>The username without @, as in the watchlist.</summary>
    public string Username { get; set; } = string.Empty;

    /// <summary>Name of the environment variable that holds the bearer token.</summary>
    public string TokenVariable { get; set; } = string.Empty;

    /// <summary>Posts that may be read per calendar month (X bills per read). Default 10000.</summary>
    [Range(5, 100_000_000)]
    public int MonthlyReadBudget { get; set; } = 10_000;

    /// <summary>Seconds between polls of this account; empty means <c>Sources:PollSeconds</c>.</summary>
    public int? PollSeconds { get; set; }
}
