using SocialWatch.Classification.Evaluation;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>
/// Chooses decision thresholds on the validation split. Threat: the highest threshold that reaches
/// <see cref="ModelTrainer.TargetThreatRecall"/> without flagging more than <see cref="MaxFalseFlagRate"/> of ordinary
/// messages; when both cannot hold, the threshold with the best threat recall within that cap. Then the abusive and
/// grey thresholds that maximise macro-F1 (with false flags weighed in). Every choice must also keep ordinary
/// messages ordinary when someone adds an everyday sentence (<see cref="MinNoneRobustness"/>): a very low threshold
/// flips borderline messages on any edit, and staff stop trusting a verdict that changes with "fijne avond".
/// </summary>
public static class ThresholdTuner
{
    /// <summary>
    /// Most ordinary (<c>none</c>) messages the threat threshold may flag on validation. Communication staff stop
    /// using a tool that cries wolf about criticism; an organisation that wants more recall lowers
    /// <c>Model:ThreatThreshold</c> itself.
    /// </summary>
    public const double MaxFalseFlagRate = 0.10;

    /// <summary>Share of edited ordinary messages that must stay <c>none</c> (the bar of issue 3's robustness test).</summary>
    public const double MinNoneRobustness = 0.97;

    private static readonly float[] Grid = Enumerable.Range(1, 19).Select(i => i * 0.05f).Append(1.01f).ToArray();

    /// <summary>
    /// Tunes on scored validation examples. <paramref name="noneEdits"/> holds, for ordinary validation messages, the
    /// scores of the message and of its edited variants; without it robustness is not checked.
    /// </summary>
    public static DecisionThresholds Tune(
        IReadOnlyList<(Label Truth, LabelScores Scores)> validation,
        IReadOnlyList<(LabelScores Original, IReadOnlyList<LabelScores> Edits)>? noneEdits = null)
    {
        bool Robust(DecisionThresholds t) => noneEdits is null || NoneRobustness(noneEdits, t) >= MinNoneRobustness;

        if (validation.Count == 0)
        {
            return DecisionThresholds.ArgMax;
        }

        var threat = 1.01f;
        var bestRecall = -1.0;
        foreach (var t in Grid)
        {
            var s = ModelTrainer.Evaluate(validation, new DecisionThresholds(t, 1.01f, 1.01f));
            var recall = Math.Min(s.RecallOf(Label.Threat), ModelTrainer.TargetThreatRecall);
            if (!Robust(new DecisionThresholds(t, 1.01f, 1.01f)))
            {
                continue;
            }

            if (s.FalseFlagRate <= MaxFalseFlagRate && recall > bestRecall)
            {
                threat = t;
                bestRecall = recall;
            }
            else if (s.FalseFlagRate <= MaxFalseFlagRate && recall >= bestRecall)
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
                if (score > bestScore + 1e-9 && Robust(candidate))
                {
                    best = candidate;
                    bestScore = score;
                }
            }
        }

        return best;
    }

    /// <summary>Of the edits of messages the rule calls <c>none</c>, the share it still calls <c>none</c>.</summary>
    public static double NoneRobustness(IReadOnlyList<(LabelScores Original, IReadOnlyList<LabelScores> Edits)> noneEdits, DecisionThresholds thresholds)
    {
        int held = 0, total = 0;
        foreach (var (original, edits) in noneEdits)
        {
            if (thresholds.Decide(original) != Label.None)
            {
                continue;
            }

            foreach (var edit in edits)
            {
                total++;
                held += thresholds.Decide(edit) == Label.None ? 1 : 0;
            }
        }

        return total == 0 ? 1 : (double)held / total;
    }

    // Macro-F1, with false flags of ordinary speech weighed in: a tool that flags criticism is not used.
    private static double Score(IReadOnlyList<(Label Truth, LabelScores Scores)> validation, DecisionThresholds thresholds)
    {
        EvaluationSummary s = ModelTrainer.Evaluate(validation, thresholds);
        return s.MacroF1 - (0.5 * s.FalseFlagRate);
    }
}
