using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SocialWatch.Classification.Normalisation;

/// <summary>
/// Turns attacker-written text into the canonical form the model is trained on, undoing the usual
/// evasions: Unicode look-alikes, leet, spaced or dotted letters, stretched letters and emoji stand-ins.
/// Negators (niet, geen, nooit) are kept as words.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>Texts are cut to this many characters before normalising; longer input is an attack or a paste.</summary>
    public const int MaxInputChars = 5000;

    /// <summary>Token that replaces a URL.</summary>
    public const string UrlToken = "urltoken";

    /// <summary>Token that replaces an @mention.</summary>
    public const string MentionToken = "mentiontoken";

    /// <summary>Token that replaces a number.</summary>
    public const string NumberToken = "numtoken";

    /// <summary>Token that marks a quotation mark (quoting often means condemning).</summary>
    public const string QuoteToken = "citaat";

    /// <summary>Token that marks a question mark.</summary>
    public const string QuestionToken = "vraagteken";

    /// <summary>Normalises one text; never throws, returns an empty string for null or blank input.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var s = text.Length > MaxInputChars ? text[..MaxInputChars] : text;
        s = s.Normalize(NormalizationForm.FormKC);
        s = UrlPattern().Replace(s, $" {UrlToken} ");
        s = MentionPattern().Replace(s, $" {MentionToken} ");
        s = ReplaceEmoji(s);
        s = RemoveDiacritics(s.ToLowerInvariant());
        s = SpacedLetters().Replace(s, m => SeparatorPattern().Replace(m.Value, string.Empty));
        s = LeetToken().Replace(s, m => DecodeLeet(m.Value));
        s = StretchedLetters().Replace(s, "$1");
        s = s.Replace("?", $" {QuestionToken} ", StringComparison.Ordinal);
        s = QuotePattern().Replace(s, $" {QuoteToken} ");
        s = NonWord().Replace(s, " ");
        s = Whitespace().Replace(s, " ");
        return s.Trim();
    }

    private static string DecodeLeet(string token)
    {
        var hasLetter = false;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                hasLetter = true;
                break;
            }
        }

        if (!hasLetter)
        {
            return token.Any(char.IsDigit) ? $" {NumberToken} " : token;
        }

        var chars = token.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = LeetMap.ToLetter(chars[i]);
        }

        return new string(chars);
    }

    private static string ReplaceEmoji(string s)
    {
        if (s.All(c => c < 0x2000))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 16);
        var e = StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            if (element.Length == 1 && element[0] < 0x2000)
            {
                sb.Append(element);
                continue;
            }

            var bare = StripModifiers(element);
            if (EmojiWords.Map.TryGetValue(bare, out var word))
            {
                sb.Append(' ').Append(word).Append(' ');
            }
            else if (IsSymbol(bare))
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(element);
            }
        }

        return sb.ToString();
    }

    private static string StripModifiers(string element)
    {
        var sb = new StringBuilder(element.Length);
        for (var i = 0; i < element.Length; i++)
        {
            var c = element[i];
            if (c is '\uFE0F' or '\uFE0E' or '\u200D')
            {
                continue;
            }

            // Skin-tone modifiers U+1F3FB..U+1F3FF are the surrogate pair D83C DFFB..DFFF.
            if (c == '\uD83C' && i + 1 < element.Length && element[i + 1] >= '\uDFFB' && element[i + 1] <= '\uDFFF')
            {
                i++;
                continue;
            }

            sb.Append(c);
        }

        // A ZWJ sequence such as "house + fire" keeps only its first emoji.
        var text = sb.ToString();
        return text.Length > 2 && char.IsHighSurrogate(text[0]) ? text[..2] : text;
    }

    private static bool IsSymbol(string element)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(element, 0);
        return category is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate or UnicodeCategory.MathSymbol
            or UnicodeCategory.PrivateUse or UnicodeCategory.Format;
    }

    private static string RemoveDiacritics(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<![\w@])@[\w.\-]*[A-Za-z_][\w.\-]*(?:@[\w.\-]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    // Three or more single letters or digits separated by spaces, dots, dashes, underscores or asterisks: "k l o o t", "k.u.t".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[\p{L}\p{N}@$€](?:[ .\-_*]{1,2}[\p{L}\p{N}@$€]){2,}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedLetters();

    [GeneratedRegex(@"[ .\-_*]", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"[\p{L}\p{N}@$€]+", RegexOptions.CultureInvariant)]
    private static partial Regex LeetToken();

    [GeneratedRegex(@"(\p{L})\1{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex StretchedLetters();

    [GeneratedRegex("[\"“”„«»]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotePattern();

    [GeneratedRegex(@"[^\p{L}\p{N} ]", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
