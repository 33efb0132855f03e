using System.Text.RegularExpressions;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>
/// Explains a verdict by occlusion: each word of the original text is removed in turn and the text re-scored;
/// the words whose removal lowers the verdict's probability most are the evidence, with offsets into the original.
/// </summary>
public static partial class OcclusionExplainer
{
    /// <summary>At most this many words are tried (the first ones), bounding the cost per message.</summary>
    public const int MaxWords = 80;

    /// <summary>Spans returned at most.</summary>
    public const int MaxSpans = 3;

    /// <summary>A word counts as evidence only when removing it lowers the probability by at least this much.</summary>
    public const float MinWeight = 0.02f;

    /// <summary>Finds the evidence spans for <paramref name="label"/>.</summary>
    public static IReadOnlyList<EvidenceSpan> Explain(string text, Label label, LabelScores scores, Func<string, LabelScores> score)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var baseline = scores[label];
        var spans = new List<EvidenceSpan>();
        foreach (Match word in Word().Matches(text).Take(MaxWords))
        {
            var without = string.Concat(text.AsSpan(0, word.Index), " ", text.AsSpan(word.Index + word.Length));
            var drop = baseline - score(without)[label];
            if (drop >= MinWeight)
            {
                spans.Add(new EvidenceSpan(word.Index, word.Length, word.Value, MathF.Round(drop, 4)));
            }
        }

        return spans.OrderByDescending(s => s.Weight).Take(MaxSpans).OrderBy(s => s.Start).ToList();
    }

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
