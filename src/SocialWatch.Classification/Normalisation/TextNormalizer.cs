using System.Buffers;
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

    private static readonly SearchValues<char> LeetOrDigit = SearchValues.Create("0123456789@$€");

    private static readonly SearchValues<char> TokenMarks = SearchValues.Create("?\"“”„«»");

    /// <summary>Normalises one text; never throws, returns an empty string for null or blank input.</summary>
    /// <remarks>
    /// The steps run in a fixed order (see the model card). Each expensive step first checks cheaply whether it can
    /// apply at all, because most messages are plain ASCII without URLs, mentions or evasions; the last steps
    /// (stretched letters, question and quotation marks, punctuation, whitespace) run as one pass.
    /// </remarks>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var s = text.Length > MaxInputChars ? text[..MaxInputChars] : text;
        var ascii = Ascii.IsValid(s);
        if (!ascii)
        {
            s = s.Normalize(NormalizationForm.FormKC);
        }

        if (s.Contains("http", StringComparison.OrdinalIgnoreCase) || s.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            s = UrlPattern().Replace(s, $" {UrlToken} ");
        }

        if (s.Contains('@', StringComparison.Ordinal))
        {
            s = MentionPattern().Replace(s, $" {MentionToken} ");
        }

        s = ascii ? s.ToLowerInvariant() : RemoveDiacritics(ReplaceEmoji(s).ToLowerInvariant());
        if (MayHaveSpacedLetters(s))
        {
            s = SpacedLetters().Replace(s, m => SeparatorPattern().Replace(m.Value, string.Empty));
        }

        return FinalPass(DecodeLeetTokens(s));
    }

    private static bool IsTokenChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c is '@' or '$' or '€';

    private static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '_' or '*';

    // A cheap superset of SpacedLetters: two single characters in a row, each followed by one or two separators.
    private static bool MayHaveSpacedLetters(string s)
    {
        for (var i = 0; i + 3 < s.Length; i++)
        {
            if (IsTokenChar(s[i]) && IsSeparator(s[i + 1]) && (i == 0 || !char.IsLetterOrDigit(s[i - 1]) && !char.IsNumber(s[i - 1])))
            {
                var next = IsSeparator(s[i + 2]) ? i + 3 : i + 2;
                if (next < s.Length && IsTokenChar(s[next]) && (next + 1 == s.Length || IsSeparator(s[next + 1])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Undoes leet inside tokens that contain letters; a token of digits without letters becomes the number placeholder.
    private static string DecodeLeetTokens(string s)
    {
        if (s.AsSpan().IndexOfAny(LeetOrDigit) < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 16);
        var i = 0;
        while (i < s.Length)
        {
            if (!IsTokenChar(s[i]))
            {
                sb.Append(s[i++]);
                continue;
            }

            var start = i;
            while (i < s.Length && IsTokenChar(s[i]))
            {
                i++;
            }

            AppendDecoded(sb, s.AsSpan(start, i - start));
        }

        return sb.ToString();
    }

    private static void AppendDecoded(StringBuilder sb, ReadOnlySpan<char> token)
    {
        var hasLetter = false;
        var hasDigit = false;
        foreach (var c in token)
        {
            hasLetter |= char.IsLetter(c);
            hasDigit |= char.IsDigit(c);
        }

        if (hasLetter)
        {
            foreach (var c in token)
            {
                sb.Append(LeetMap.ToLetter(c));
            }
        }
        else if (hasDigit)
        {
            sb.Append(' ').Append(NumberToken).Append(' ');
        }
        else
        {
            sb.Append(token);
        }
    }

    // Stretched letters (three or more) shortened to one, '?' and quotation marks turned into tokens, everything else
    // that is not a letter or number into a space, runs of spaces collapsed, ends trimmed.
    private static string FinalPass(string s)
    {
        // Each '?' or quotation mark grows into a token with a space; everything else takes at most one character.
        var capacity = s.Length + (CountMarks(s) * (QuestionToken.Length + 1)) + 1;
        char[]? rented = null;
        var buffer = capacity <= 4096 ? stackalloc char[capacity] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        var writer = new TokenWriter(buffer);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetter(c))
            {
                var run = 1;
                while (i + run < s.Length && s[i + run] == c)
                {
                    run++;
                }

                writer.Append(c, run == 2 ? 2 : 1);
                i += run;
                continue;
            }

            if (char.IsNumber(c))
            {
                writer.Append(c, 1);
            }
            else if (c == '?')
            {
                writer.AppendToken(QuestionToken);
            }
            else if (c is '"' or '“' or '”' or '„' or '«' or '»')
            {
                writer.AppendToken(QuoteToken);
            }
            else
            {
                writer.Space();
            }

            i++;
        }

        var result = writer.ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private static int CountMarks(string s)
    {
        var count = 0;
        var rest = s.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(TokenMarks)) >= 0)
        {
            count++;
            rest = rest[(at + 1)..];
        }

        return count;
    }

    private ref struct TokenWriter(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _length;
        private bool _pendingSpace;

        // Appends c once, or twice when count is 2.
        public void Append(char c, int count)
        {
            if (_pendingSpace && _length > 0)
            {
                _buffer[_length++] = ' ';
            }

            _pendingSpace = false;
            _buffer[_length++] = c;
            if (count == 2)
            {
                _buffer[_length++] = c;
            }
        }

        public void AppendToken(string token)
        {
            if (_length > 0)
            {
                _buffer[_length++] = ' ';
            }

            token.CopyTo(_buffer[_length..]);
            _length += token.Length;
            _pendingSpace = true;
        }

        public void Space() => _pendingSpace = true;

        public override readonly string ToString() => new(_buffer[.._length]);
    }

    private static string ReplaceEmoji(string s)
    {
        if (s.AsSpan().IndexOfAnyInRange('\u2000', '\uFFFF') < 0)
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
}
