using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>
/// The organisation's acceptance norm: a label is chosen, most severe first, as soon as its probability
/// reaches its threshold, even when another label is more likely; otherwise the most likely label wins.
/// </summary>
public sealed record DecisionThresholds(float Threat, float Abusive, float Grey)
{
    /// <summary>Plain argmax (all thresholds above 1).</summary>
    public static DecisionThresholds ArgMax { get; } = new(1.01f, 1.01f, 1.01f);

    /// <summary>Applies the rule.</summary>
    public Label Decide(LabelScores scores)
    {
        if (scores.Threat >= Threat)
        {
            return Label.Threat;
        }

        if (scores.Abusive >= Abusive)
        {
            return Label.Abusive;
        }

        if (scores.Grey >= Grey)
        {
            return Label.Grey;
        }

        return scores.ArgMax();
    }
}
