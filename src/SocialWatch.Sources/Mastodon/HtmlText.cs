using System.Net;
using System.Text.RegularExpressions;

namespace SocialWatch.Sources.Mastodon;

/// <summary>Turns a Mastodon status's HTML content into plain text, keeping links, mentions and line breaks as text.</summary>
public static partial class HtmlText
{
    /// <summary>The plain text of an HTML fragment.</summary>
    public static string ToPlainText(string html)
    {
        var s = LineBreak().Replace(html, "\n");
        s = ParagraphBreak().Replace(s, "\n\n");
        s = Tag().Replace(s, string.Empty);
        return WebUtility.HtmlDecode(s).Trim();
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</p>\s*<p[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
