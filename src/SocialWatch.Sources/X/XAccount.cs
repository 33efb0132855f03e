namespace SocialWatch.Sources.X;

/// <summary>An official's X account: the API base, the numeric user id, the username, a bearer token and the monthly read budget.</summary>
public sealed record XAccount(Uri BaseUrl, string UserId, string Username, string BearerToken, int MonthlyReadBudget)
{
    /// <summary>Never print the token.</summary>
    public override string ToString() => $"@{Username} ({UserId})";
}
