using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>Column names and the fixed label order shared by training and prediction.</summary>
public static class ModelSchema
{
    /// <summary>The label key column.</summary>
    public const string LabelKey = "LabelKey";

    /// <summary>Score slot i is the probability of LabelOrder[i].</summary>
    public static IReadOnlyList<Label> LabelOrder { get; } = LabelCodes.All;

    /// <summary>Turns a score vector into label scores, renormalised to sum to 1.</summary>
    public static LabelScores ToScores(float[] score)
    {
        if (score.Length != 4)
        {
            throw new InvalidOperationException($"The model returned {score.Length} scores; expected 4. Is this a SocialWatch model?");
        }

        var sum = score[0] + score[1] + score[2] + score[3];
        if (!(sum > 0))
        {
            return new LabelScores(1, 0, 0, 0);
        }

        return new LabelScores(score[0] / sum, score[1] / sum, score[2] / sum, score[3] / sum);
    }
}
