namespace SocialWatch.Sources.Mastodon;

/// <summary>An official's Mastodon account: the instance, the account's acct, and its access token (scope <c>read:notifications</c>).</summary>
public sealed record MastodonAccount(Uri BaseUrl, string Acct, string AccessToken)
{
    /// <summary>Never print the token.</summary>
    public override string ToString() => $"{Acct} on {BaseUrl}";
}
