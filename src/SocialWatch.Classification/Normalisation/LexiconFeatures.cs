using System.Collections.Frozen;

namespace SocialWatch.Classification.Normalisation;

/// <summary>
/// A handful of hand-written signals computed on normalised text, added to the n-gram features:
/// second-person address, threat verbs, insults, violence emoji words, negators, quotation and questions.
/// </summary>
public static class LexiconFeatures
{
    /// <summary>Number of features in <see cref="Compute"/>.</summary>
    public const int Count = 8;

    private static readonly FrozenSet<string> SecondPerson = Set("je", "jij", "jou", "jouw", "u", "uw", "ge", "gij", "you", "your", "jullie", "ju");

    private static readonly FrozenSet<string> Negators = Set("niet", "geen", "nooit", "niemand", "niks", "niets", "not", "never", "no", "nie");

    private static readonly FrozenSet<string> ViolenceWords = Set(
        "pistool", "mes", "bom", "strop", "doodshoofd", "doodskist", "bijl", "bloed", "dynamiet", "grafsteen", "doelwit", "kogel", "kogels");

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

    /// <summary>Computes the features of one normalised text.</summary>
    public static float[] Compute(string normalized)
    {
        var features = new float[Count];
        if (normalized.Length == 0)
        {
            return features;
        }

        var tokens = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var second = 0;
        var negators = 0;
        var violence = 0;
        var quotes = 0;
        var questions = 0;
        foreach (var t in tokens)
        {
            if (SecondPerson.Contains(t)) second++;
            if (Negators.Contains(t)) negators++;
            if (ViolenceWords.Contains(t)) violence++;
            if (t == TextNormalizer.QuoteToken) quotes++;
            if (t == TextNormalizer.QuestionToken) questions++;
        }

        var padded = " " + normalized + " ";
        features[0] = Scale(second);
        features[1] = Scale(CountStems(padded, ThreatStems));
        features[2] = Scale(CountStems(padded, InsultStems));
        features[3] = Scale(violence);
        features[4] = Scale(negators);
        features[5] = Scale(quotes);
        features[6] = Scale(questions);
        features[7] = MathF.Min(1f, tokens.Length / 60f);
        return features;
    }

    private static int CountStems(string padded, string[] stems)
    {
        var n = 0;
        foreach (var stem in stems)
        {
            if (padded.Contains(stem, StringComparison.Ordinal))
            {
                n++;
            }
        }

        return n;
    }

    // Diminishing returns: 0, 0.5, 0.67, 0.75 ...
    private static float Scale(int count) => count == 0 ? 0f : count / (count + 1f);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
