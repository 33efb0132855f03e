using System.ComponentModel.DataAnnotations;

namespace SocialWatch.Worker.Options;

/// <summary>Section <c>Sources</c>: platform connectors. Empty by default: no outbound traffic until an operator adds accounts.</summary>
public sealed class SourcesOptions : IValidatableObject
{
    public const string Section = "Sources";

    /// <summary>Seconds between polls of every source. Default 120.</summary>
    [Range(10, 86_400)]
    public int PollSeconds { get; set; } = 120;

    /// <summary>Mastodon accounts of officials.</summary>
    public List<MastodonAccountOptions> Mastodon { get; set; } = [];

    /// <summary>Bluesky accounts of officials.</summary>
    public List<BlueskyAccountOptions> Bluesky { get; set; } = [];

    /// <summary>X API base address. Default <c>https://api.x.com/</c>.</summary>
    public string XBaseUrl { get; set; } = "https://api.x.com/";

    /// <summary>X accounts of officials.</summary>
    public List<XAccountOptions> X { get; set; } = [];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < X.Count; i++)
        {
            var a = X[i];
            if (string.IsNullOrWhiteSpace(a.UserId) || string.IsNullOrWhiteSpace(a.Username) || string.IsNullOrWhiteSpace(a.TokenVariable))
            {
                yield return new ValidationResult($"X[{i}] needs UserId, Username and TokenVariable", [nameof(X)]);
            }
            else if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(a.TokenVariable)))
            {
                yield return new ValidationResult($"X[{i}] (@{a.Username}): environment variable {a.TokenVariable} with the bearer token is not set", [nameof(X)]);
            }
            else if (a.MonthlyReadBudget < 5)
            {
                yield return new ValidationResult($"X[{i}] (@{a.Username}): MonthlyReadBudget must be at least 5", [nameof(X)]);
            }
        }

        for (var i = 0; i < Bluesky.Count; i++)
        {
            var a = Bluesky[i];
            if (!Uri.TryCreate(a.Service, UriKind.Absolute, out _) || string.IsNullOrWhiteSpace(a.Handle) || string.IsNullOrWhiteSpace(a.PasswordVariable))
            {
                yield return new ValidationResult($"Bluesky[{i}] needs a Service URL, a Handle and a PasswordVariable", [nameof(Bluesky)]);
            }
            else if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(a.PasswordVariable)))
            {
                yield return new ValidationResult($"Bluesky[{i}] ({a.Handle}): environment variable {a.PasswordVariable} with the app password is not set", [nameof(Bluesky)]);
            }
        }

        if (X.Count > 0 && !Uri.TryCreate(XBaseUrl, UriKind.Absolute, out _))
        {
            yield return new ValidationResult($"XBaseUrl '{XBaseUrl}' is not a URL", [nameof(XBaseUrl)]);
        }

        for (var i = 0; i < Mastodon.Count; i++)
        {
            var a = Mastodon[i];
            if (!Uri.TryCreate(a.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                yield return new ValidationResult($"Mastodon[{i}].BaseUrl '{a.BaseUrl}' is not an http(s) URL", [nameof(Mastodon)]);
            }

            if (string.IsNullOrWhiteSpace(a.Acct) || string.IsNullOrWhiteSpace(a.TokenVariable))
            {
                yield return new ValidationResult($"Mastodon[{i}] needs Acct and TokenVariable", [nameof(Mastodon)]);
            }
            else if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(a.TokenVariable)))
            {
                yield return new ValidationResult($"Mastodon[{i}] ({a.Acct}): environment variable {a.TokenVariable} with the access token is not set", [nameof(Mastodon)]);
            }
        }
    }
}
