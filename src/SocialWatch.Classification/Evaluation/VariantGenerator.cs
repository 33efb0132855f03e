using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SocialWatch.Classification.Evaluation;

/// <summary>
/// Makes deterministic variants of a message, as an evader or an ordinary writer would: leet, spaced letters,
/// a dropped or swapped letter, emoji stand-ins, an appended neutral sentence, other capitalisation.
/// The word that is changed is the longest word of four or more letters, the one an evader usually disguises.
/// </summary>
public static partial class VariantGenerator
{
    private static readonly string[] NeutralSentences =
    [
        "Fijne avond verder.",
        "Groeten uit de wijk.",
        "Morgen is er weer markt op het plein.",
        "Het regent hier al de hele dag.",
        "Ik lees het later nog wel eens terug.",
    ];

    private static readonly (string Word, string Emoji)[] EmojiStandIns =
    [
        ("pistool", "🔫"), ("geweer", "🔫"), ("schieten", "🔫"), ("mes", "🔪"), ("steken", "🔪"), ("bom", "💣"), ("strop", "🪢"),
        ("hangen", "🪢"), ("dood", "💀"), ("rat", "🐀"), ("ratten", "🐀"), ("varken", "🐷"), ("clown", "🤡"), ("vuur", "🔥"),
        ("fik", "🔥"), ("brand", "🔥"), ("huis", "🏠"), ("aap", "🐒"),
    ];

    /// <summary>The everyday edits of an ordinary message: each neutral sentence appended, upper case and title case.</summary>
    public static IEnumerable<string> NoneEdits(string text) =>
        Enumerable.Range(0, NeutralSentences.Length).Select(i => Make(text, VariantKind.NeutralSentence, i)!)
            .Append(Make(text, VariantKind.Capitalisation, 0)!)
            .Append(Make(text, VariantKind.Capitalisation, 1)!);

    /// <summary>The variant of one kind, or null when the message offers nothing to change for it.</summary>
    public static string? Make(string text, VariantKind kind, int seed = 0) => kind switch
    {
        VariantKind.Leet => ChangeWord(text, Leet),
        VariantKind.SpacedLetters => ChangeWord(text, w => string.Join(' ', w.ToCharArray())),
        VariantKind.DroppedLetter => ChangeWord(text, w => w.Remove(1 + (seed % (w.Length - 2)), 1)),
        VariantKind.SwappedLetters => ChangeWord(text, w =>
        {
            var i = 1 + (seed % (w.Length - 3));
            var c = w.ToCharArray();
            (c[i], c[i + 1]) = (c[i + 1], c[i]);
            return new string(c);
        }),
        VariantKind.EmojiStandIn => EmojiStandIn(text),
        VariantKind.NeutralSentence => $"{text.TrimEnd()} {NeutralSentences[Math.Abs(seed) % NeutralSentences.Length]}",
        VariantKind.Capitalisation => seed % 2 == 0 ? text.ToUpperInvariant() : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Leet(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            sb.Append(char.ToLowerInvariant(c) switch { 'a' => '4', 'e' => '3', 'i' => '1', 'o' => '0', 's' => '5', 't' => '7', _ => c });
        }

        return sb.ToString();
    }

    private static string? ChangeWord(string text, Func<string, string> change)
    {
        Match? longest = null;
        foreach (Match m in Word().Matches(text))
        {
            if (m.Length >= 4 && (longest is null || m.Length > longest.Length))
            {
                longest = m;
            }
        }

        return longest is null ? null : string.Concat(text.AsSpan(0, longest.Index), change(longest.Value), text.AsSpan(longest.Index + longest.Length));
    }

    private static string? EmojiStandIn(string text)
    {
        var changed = text;
        foreach (var (word, emoji) in EmojiStandIns)
        {
            changed = Regex.Replace(changed, $@"(?<!\p{{L}}){word}(?!\p{{L}})", emoji, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return changed == text ? null : changed;
    }

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
