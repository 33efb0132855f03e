using System.Text.RegularExpressions;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>
/// Explains a verdict by occlusion: each word of the original text is removed in turn and the text re-scored;
/// the words whose removal lowers the verdict's log-odds most are the evidence, with offsets into the original.
/// Log-odds rather than probability, because a confident verdict (p = 0.9999) barely moves in probability when one
/// word goes, while its log-odds still show which words carried it. The log-odds come from the model's raw scores
/// where it has them, since a float probability saturates at exactly 1.
/// </summary>
public static partial class OcclusionExplainer
{
    /// <summary>At most this many words are tried (the first ones), bounding the cost per message.</summary>
    public const int MaxWords = 80;

    /// <summary>Spans returned at most.</summary>
    public const int MaxSpans = 3;

    /// <summary>A word counts as evidence only when removing it lowers the log-odds by at least this much.</summary>
    public const float MinWeight = 0.1f;

    /// <summary>Finds the evidence spans; <paramref name="logOdds"/> gives the log-odds of the verdict's label for a text.</summary>
    public static IReadOnlyList<EvidenceSpan> Explain(string text, Func<string, float> logOdds)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var baseline = logOdds(text);
        var spans = new List<EvidenceSpan>();
        foreach (Match word in Word().Matches(text).Take(MaxWords))
        {
            var without = string.Concat(text.AsSpan(0, word.Index), " ", text.AsSpan(word.Index + word.Length));
            var drop = baseline - logOdds(without);
            if (drop >= MinWeight)
            {
                spans.Add(new EvidenceSpan(word.Index, word.Length, word.Value, MathF.Round(drop, 4)));
            }
        }

        return spans.OrderByDescending(s => s.Weight).Take(MaxSpans).OrderBy(s => s.Start).ToList();
    }

    /// <summary>Log-odds of a probability, clamped so that 0 and 1 stay finite.</summary>
    public static float LogOdds(float p)
    {
        var clamped = Math.Clamp(p, 1e-6f, 1 - 1e-6f);
        return MathF.Log(clamped / (1 - clamped));
    }

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
