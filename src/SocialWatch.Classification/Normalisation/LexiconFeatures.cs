using System.Collections.Frozen;

namespace SocialWatch.Classification.Normalisation;

/// <summary>
/// A handful of hand-written signals computed on normalised text, added to the n-gram features:
/// second-person address, threat verbs, insults, violence emoji words, negators, quotation and questions.
/// </summary>
public static class LexiconFeatures
{
    /// <summary>Number of features in <see cref="Compute(string)"/>.</summary>
    public const int Count = 8;

    private const int SecondPerson = 1, Negator = 2, Violence = 4;

    // One lookup per word: which of the word lists it is on.
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordKinds = Kinds(
        (SecondPerson, ["je", "jij", "jou", "jouw", "u", "uw", "ge", "gij", "you", "your", "jullie", "ju"]),
        (Negator, ["niet", "geen", "nooit", "niemand", "niks", "niets", "not", "never", "no", "nie"]),
        (Violence, ["pistool", "mes", "bom", "strop", "doodshoofd", "doodskist", "bijl", "bloed", "dynamiet", "grafsteen", "doelwit", "kogel", "kogels"]));

    // A stem with a leading space must start a word.
    private static readonly string[] ThreatStems =
    [
        "afmak", "maak je af", "vermoord", "neersteek", "neerschiet", "doodschiet", "doodsteek", "kapotmak", "kapot mak", "opknop", "ophang",
        "gaat hangen", "gaan hangen", "slacht", "in de fik", "in brand", "fakkel", "waar je woont", "waar jij woont", "komen langs", "kom langs",
        "staan bij je", "weet waar", "weten waar", "je kinderen", "je kids", "lesje leren", "afrekenen", "kill", "shoot", "murder", "burn",
        "hang you", "find you", "molotov", "kogel", "schieten", "steken", "wurgen", "opzoeken", "je gaat eraan", "eraan gaan", "gaat eraan",
    ];

    private static readonly string[] InsultStems =
    [
        "kanker", "tyfus", "tering", "kolere", "klere", "pleuris", "klootzak", "klotzak", "hoer", " lul", " eikel", "mongool", "debiel",
        "kut", " rat", "parasiet", "ongedierte", "kakkerlak", "varken", "stuk vuil", "fuck", "bitch", "cunt", "slet", "flikker", "nazi",
        "idioot", "achterlijk", " aap", "teef", "shit", "asshole", "retard", "whore",
    ];

    private static readonly StemIndex ThreatIndex = new(ThreatStems);

    private static readonly StemIndex InsultIndex = new(InsultStems);

    /// <summary>Whether a normalised word is a negator (niet, geen, nooit ...).</summary>
    public static bool IsNegator(ReadOnlySpan<char> word) => WordKinds.TryGetValue(word, out var kind) && (kind & Negator) != 0;

    /// <summary>Computes the features of one normalised text.</summary>
    public static float[] Compute(string normalized)
    {
        var features = new float[Count];
        Compute(normalized, features);
        return features;
    }

    /// <summary>Computes the features of one normalised text into <paramref name="features"/> (length <see cref="Count"/>).</summary>
    public static void Compute(ReadOnlySpan<char> normalized, Span<float> features)
    {
        features[..Count].Clear();
        if (normalized.IsEmpty)
        {
            return;
        }

        int tokens = 0, second = 0, negators = 0, violence = 0, quotes = 0, questions = 0;
        foreach (var range in normalized.Split(' '))
        {
            var t = normalized[range];
            if (t.IsEmpty)
            {
                continue;
            }

            tokens++;
            if (WordKinds.TryGetValue(t, out var kind))
            {
                second += kind & SecondPerson;
                negators += (kind & Negator) >> 1;
                violence += (kind & Violence) >> 2;
            }
            else if (t.SequenceEqual(TextNormalizer.QuoteToken))
            {
                quotes++;
            }
            else if (t.SequenceEqual(TextNormalizer.QuestionToken))
            {
                questions++;
            }
        }

        var padded = normalized.Length < 2048 ? stackalloc char[normalized.Length + 2] : new char[normalized.Length + 2];
        padded[0] = ' ';
        normalized.CopyTo(padded[1..]);
        padded[^1] = ' ';

        features[0] = Scale(second);
        features[1] = Scale(ThreatIndex.CountStarts(padded));
        features[2] = Scale(InsultIndex.CountStarts(padded));
        features[3] = Scale(violence);
        features[4] = Scale(negators);
        features[5] = Scale(quotes);
        features[6] = Scale(questions);
        features[7] = MathF.Min(1f, tokens / 60f);
    }

    // Diminishing returns: 0, 0.5, 0.67, 0.75 ...
    private static float Scale(int count) => count == 0 ? 0f : count / (count + 1f);

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Kinds(params (int Kind, string[] Words)[] lists)
    {
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kind, words) in lists)
        {
            foreach (var word in words)
            {
                kinds[word] = kinds.GetValueOrDefault(word) | kind;
            }
        }

        return kinds.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

}
