using SocialWatch.Classification.Evaluation;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>
/// Chooses decision thresholds on the validation split: the highest threat threshold that keeps threat recall
/// at <see cref="ModelTrainer.TargetThreatRecall"/>, then the abusive and grey thresholds that maximise macro-F1.
/// </summary>
public static class ThresholdTuner
{
    private static readonly float[] Grid = Enumerable.Range(1, 19).Select(i => i * 0.05f).Append(1.01f).ToArray();

    /// <summary>Tunes on scored validation examples.</summary>
    public static DecisionThresholds Tune(IReadOnlyList<(Label Truth, LabelScores Scores)> validation)
    {
        if (validation.Count == 0)
        {
            return DecisionThresholds.ArgMax;
        }

        var threat = Grid[0];
        foreach (var t in Grid)
        {
            var candidate = new DecisionThresholds(t, 1.01f, 1.01f);
            if (ModelTrainer.Evaluate(validation, candidate).RecallOf(Label.Threat) >= ModelTrainer.TargetThreatRecall)
            {
                threat = t;
            }
        }

        var best = new DecisionThresholds(threat, 1.01f, 1.01f);
        var bestScore = Score(validation, best);
        foreach (var a in Grid)
        {
            foreach (var g in Grid)
            {
                var candidate = new DecisionThresholds(threat, a, g);
                var score = Score(validation, candidate);
                if (score > bestScore + 1e-9)
                {
                    best = candidate;
                    bestScore = score;
                }
            }
        }

        return best;
    }

    // Macro-F1, with false flags of ordinary speech weighed in: a tool that flags criticism is not used.
    private static double Score(IReadOnlyList<(Label Truth, LabelScores Scores)> validation, DecisionThresholds thresholds)
    {
        EvaluationSummary s = ModelTrainer.Evaluate(validation, thresholds);
        return s.MacroF1 - (0.5 * s.FalseFlagRate);
    }
}
