using SocialWatch.Classification.Evaluation;
using SocialWatch.Classification.Model;
using SocialWatch.Domain;
using SocialWatch.Tests.Support;

namespace SocialWatch.Classification.Tests.Model;

/// <summary>
/// Measures the shipped model (not a retrained one) on the fixed test split. The floors guard against regressions
/// of the model we ship; issue 3's targets (macro-F1 0.88, threat recall 0.95, false-flag rate 3%) are higher and
/// the gap is stated in models/MODEL_CARD.md.
/// </summary>
public class ShippedModelQualityTests
{
    public const double MacroF1Floor = 0.85;
    public const double ThreatRecallFloor = 0.94;
    public const double FalseFlagCeiling = 0.10;

    private static readonly Lazy<EvaluationSummary> Summary = new(() =>
        ModelTrainer.Evaluate(ModelTrainer.ScoreAll(ShippedModel.Classifier, ShippedModel.TestSplit), ShippedModel.Classifier.Thresholds));

    [Fact]
    public void Macro_f1_on_the_test_split_stays_above_the_floor() =>
        Assert.True(Summary.Value.MacroF1 >= MacroF1Floor, Summary.Value.ToTable());

    [Fact]
    public void Threat_recall_on_the_test_split_stays_above_the_floor() =>
        Assert.True(Summary.Value.RecallOf(Label.Threat) >= ThreatRecallFloor, Summary.Value.ToTable());

    [Fact]
    public void False_flag_rate_on_the_test_split_stays_below_the_ceiling() =>
        Assert.True(Summary.Value.FalseFlagRate <= FalseFlagCeiling, Summary.Value.ToTable());

    [Fact]
    public void The_shipped_model_stays_under_25_MB() =>
        Assert.True(new FileInfo(RepoPaths.Model).Length < 25L * 1024 * 1024);

    [Fact]
    public void The_model_card_metrics_match_a_fresh_measurement()
    {
        var card = ShippedModel.Classifier.Card.TestMetrics!;

        Assert.Equal(card.Examples, Summary.Value.Examples);
        Assert.Equal(card.MacroF1, Summary.Value.MacroF1, 3);
    }
}
