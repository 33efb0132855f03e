using SocialWatch.Classification.Model;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Tests.Model;

public class ThresholdTunerTests
{
    private static LabelScores Threat(float p) => new(1 - p, 0, 0, p);

    // 20 threats at P(threat) 0.12 and 80 at 0.9; 100 ordinary messages at P(threat) 0.02.
    private static readonly List<(Label, LabelScores)> Validation =
    [
        .. Enumerable.Repeat((Label.Threat, Threat(0.12f)), 20),
        .. Enumerable.Repeat((Label.Threat, Threat(0.9f)), 80),
        .. Enumerable.Repeat((Label.None, Threat(0.02f)), 100),
    ];

    [Fact]
    public void Without_edits_the_threat_threshold_goes_as_low_as_recall_needs()
    {
        var thresholds = ThresholdTuner.Tune(Validation);

        Assert.Equal(0.1f, thresholds.Threat, 3);
    }

    [Fact]
    public void A_threshold_at_which_everyday_edits_flip_ordinary_messages_is_not_chosen()
    {
        // Adding a sentence lifts ordinary messages to P(threat) 0.11: a threshold of 0.1 would flag every edit.
        var edits = Enumerable.Repeat((Threat(0.02f), (IReadOnlyList<LabelScores>)[Threat(0.11f)]), 100).ToList();

        var thresholds = ThresholdTuner.Tune(Validation, edits);

        Assert.True(thresholds.Threat > 0.11f, $"threat threshold {thresholds.Threat}");
        Assert.True(ThresholdTuner.NoneRobustness(edits, thresholds) >= ThresholdTuner.MinNoneRobustness);
    }

    [Fact]
    public void Robustness_counts_only_edits_of_messages_the_rule_calls_none()
    {
        List<(LabelScores, IReadOnlyList<LabelScores>)> edits =
        [
            (Threat(0.02f), [Threat(0.02f), Threat(0.6f)]),
            (Threat(0.8f), [Threat(0.8f)]),
        ];

        Assert.Equal(0.5, ThresholdTuner.NoneRobustness(edits, new DecisionThresholds(0.5f, 1.01f, 1.01f)), 3);
    }
}
