using System.Globalization;

namespace SocialWatch.Sources.Connectors;

/// <summary>Reads when a rate-limited platform may be called again: <c>Retry-After</c>, else the platform's reset header.</summary>
public static class RateLimit
{
    /// <summary>Fallback wait when the response names none.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(1);

    /// <summary>The time the source may be called again.</summary>
    public static DateTimeOffset Until(HttpResponseMessage response, TimeProvider time)
    {
        var now = time.GetUtcNow();
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return now + delta;
            }

            if (retryAfter.Date is { } date)
            {
                return date;
            }
        }

        // Mastodon: X-RateLimit-Reset is an ISO 8601 time; X: x-rate-limit-reset is Unix seconds; Bluesky: ratelimit-reset is Unix seconds.
        foreach (var name in new[] { "X-RateLimit-Reset", "x-rate-limit-reset", "ratelimit-reset" })
        {
            if (response.Headers.TryGetValues(name, out var values) && values.FirstOrDefault() is { } value)
            {
                if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
                {
                    return DateTimeOffset.FromUnixTimeSeconds(unix);
                }

                if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                {
                    return at;
                }
            }
        }

        return now + DefaultWait;
    }
}
