namespace SocialWatch.Worker.Options;

/// <summary>One official's Mastodon account. The token itself is never in a file: only the name of the variable holding it.</summary>
public sealed class MastodonAccountOptions
{
    /// <summary>The instance, e.g. <c>https://social.voorbeeld.nl/</c>.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>The account, e.g. <c>amdewit@social.voorbeeld.nl</c> (as in the watchlist).</summary>
    public string Acct { get; set; } = string.Empty;

    /// <summary>Name of the environment variable that holds the access token (scope <c>read:notifications</c>).</summary>
    public string TokenVariable { get; set; } = string.Empty;

    /// <summary>Seconds between polls of this account; empty means <c>Sources:PollSeconds</c>.</summary>
    public int? PollSeconds { get; set; }
}
