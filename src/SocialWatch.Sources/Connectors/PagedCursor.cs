using System.Globalization;

namespace SocialWatch.Sources.Connectors;

/// <summary>
/// The cursor of platforms that page from newest to older (X, Bluesky). <c>since</c> is the newest post id fully read. While a multi-page read is under way it also holds
/// the next page's token and the newest id of the run, so a crash mid-run resumes the pages and never skips any:
/// <c>since</c> only moves once the last page is committed.
/// </summary>
public sealed record PagedCursor(string? Since, string? Next, string? Newest)
{
    /// <summary>Parses the stored form (<c>since=..;next=..;newest=..</c>); null gives an empty cursor.</summary>
    public static PagedCursor Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new PagedCursor(null, null, null);
        }

        var parts = text.Split(';').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return new PagedCursor(parts.GetValueOrDefault("since"), parts.GetValueOrDefault("next"), parts.GetValueOrDefault("newest"));
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(';', new[] { ("since", Since), ("next", Next), ("newest", Newest) }
        .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Item1}={p.Item2}")));
}
