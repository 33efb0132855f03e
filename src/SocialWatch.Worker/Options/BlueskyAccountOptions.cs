namespace SocialWatch.Worker.Options;

/// <summary>One official's Bluesky account. The app password is never in a file: only the name of the variable holding it.</summary>
public sealed class BlueskyAccountOptions
{
    /// <summary>The PDS or entryway. Default <c>https://bsky.social/</c>.</summary>
    public string Service { get; set; } = "https://bsky.social/";

    /// <summary>The handle, e.g. <c>amdewit.bsky.social</c> (as in the watchlist).</summary>
    public string Handle { get; set; } = string.Empty;

    /// <summary>Name of the environment variable that holds the app password.</summary>
    public string PasswordVariable { get; set; } = string.Empty;

    /// <summary>Seconds between polls of this account; empty means <c>Sources:PollSeconds</c>.</summary>
    public int? PollSeconds { get; set; }
}
