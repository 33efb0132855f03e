using System.Text.RegularExpressions;

namespace SocialWatch.Sources.Mastodon;

/// <summary>Reads Mastodon's pagination <c>Link</c> header (RFC 8288).</summary>
public static partial class LinkHeader
{
    /// <summary>The <c>min_id</c> of the <c>rel="prev"</c> link (the next newer page), or null.</summary>
    public static string? MinIdOfPrev(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (Match link in Link().Matches(string.Join(',', values)))
        {
            if (link.Groups["rel"].Value == "prev" && MinId().Match(link.Groups["url"].Value) is { Success: true } id)
            {
                return Uri.UnescapeDataString(id.Groups[1].Value);
            }
        }

        return null;
    }

    [GeneratedRegex("<(?<url>[^>]+)>\\s*;\\s*rel=\"(?<rel>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"[?&]min_id=([^&]+)", RegexOptions.CultureInvariant)]
    private static partial Regex MinId();
}
