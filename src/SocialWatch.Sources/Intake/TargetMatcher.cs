using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SocialWatch.Domain;

namespace SocialWatch.Sources.Intake;

/// <summary>
/// Decides which officials a post is directed at: by a mentioned handle, by replying to one of their posts,
/// or by naming them (full name or a listed alias; a bare surname is too ambiguous).
/// </summary>
public sealed partial class TargetMatcher
{
    private readonly IReadOnlyList<Official> _officials;
    private readonly Dictionary<string, string> _handleToKey = new(StringComparer.Ordinal);
    private readonly List<(string Key, Regex Pattern)> _names = [];

    /// <summary>Builds the lookup tables for a watchlist.</summary>
    public TargetMatcher(IReadOnlyList<Official> officials)
    {
        _officials = officials;
        foreach (var official in officials)
        {
            foreach (var handle in official.Handles.Values.SelectMany(h => h))
            {
                var full = NormalizeHandle(handle);
                _handleToKey.TryAdd(full, official.Key);
                var local = full.Split('@')[0];
                _handleToKey.TryAdd(local, official.Key);
            }

            var names = official.Aliases.Prepend(official.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => Regex.Escape(Fold(n)));
            var pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', names)})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            _names.Add((official.Key, pattern));
        }
    }

    /// <summary>The official who wrote the post, when the author is one of them.</summary>
    public string? AuthorOfficial(Post post) =>
        post.AuthorHandle is { } author && _handleToKey.TryGetValue(NormalizeHandle(author), out var key) ? key : null;

    /// <summary>
    /// The officials the post targets. <paramref name="repliedToOfficial"/> is the official whose post this one
    /// answers, when the register knows that post.
    /// </summary>
    public IReadOnlyList<PostTarget> Match(Post post, string? repliedToOfficial = null)
    {
        var targets = new Dictionary<string, MatchKind>(StringComparer.Ordinal);
        var author = AuthorOfficial(post);

        foreach (var mention in post.Mentions.Concat(TextMentions(post.Text)))
        {
            if (_handleToKey.TryGetValue(NormalizeHandle(mention), out var key))
            {
                targets.TryAdd(key, MatchKind.Handle);
            }
        }

        if (post.InReplyToAuthor is { } parentAuthor && _handleToKey.TryGetValue(NormalizeHandle(parentAuthor), out var replyKey))
        {
            targets.TryAdd(replyKey, MatchKind.Reply);
        }

        if (repliedToOfficial is not null)
        {
            targets.TryAdd(repliedToOfficial, MatchKind.Reply);
        }

        var folded = Fold(post.Text);
        foreach (var (key, pattern) in _names)
        {
            if (!targets.ContainsKey(key) && pattern.IsMatch(folded))
            {
                targets.Add(key, MatchKind.Name);
            }
        }

        if (author is not null)
        {
            targets.Remove(author);
        }

        return targets.Select(t => new PostTarget(t.Key, t.Value)).ToList();
    }

    /// <summary>Number of officials on the watchlist.</summary>
    public int OfficialCount => _officials.Count;

    private static IEnumerable<string> TextMentions(string text) => MentionInText().Matches(text).Select(m => m.Value);

    private static string NormalizeHandle(string handle) => handle.Trim().TrimStart('@').ToLowerInvariant();

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"(?<![\w@])@[A-Za-z0-9_.\-]+(?:@[A-Za-z0-9_.\-]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex MentionInText();
}
