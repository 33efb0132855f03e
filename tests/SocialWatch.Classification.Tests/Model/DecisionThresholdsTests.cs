using SocialWatch.Classification.Model;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Tests.Model;

public class DecisionThresholdsTests
{
    [Fact]
    public void Threat_wins_at_its_threshold_even_when_another_label_is_more_likely()
    {
        var rule = new DecisionThresholds(0.3f, 0.6f, 0.6f);
        Assert.Equal(Label.Threat, rule.Decide(new LabelScores(0.5f, 0.1f, 0.05f, 0.35f)));
    }

    [Fact]
    public void Falls_back_to_the_most_likely_label_below_all_thresholds()
    {
        var rule = new DecisionThresholds(0.9f, 0.9f, 0.9f);
        Assert.Equal(Label.Grey, rule.Decide(new LabelScores(0.2f, 0.5f, 0.2f, 0.1f)));
    }

    [Fact]
    public void Most_severe_label_is_checked_first()
    {
        var rule = new DecisionThresholds(0.3f, 0.3f, 0.3f);
        Assert.Equal(Label.Threat, rule.Decide(new LabelScores(0f, 0.3f, 0.35f, 0.35f)));
    }
}
