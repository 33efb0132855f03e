using SocialWatch.Classification.Evaluation;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Tests.Evaluation;

public class EvaluatorTests
{
    [Fact]
    public void Computes_per_class_metrics_macro_f1_confusion_and_false_flags()
    {
        var pairs = new (Label, Label)[]
        {
            (Label.None, Label.None), (Label.None, Label.None), (Label.None, Label.Threat), (Label.None, Label.Grey),
            (Label.Grey, Label.Grey), (Label.Abusive, Label.Abusive), (Label.Abusive, Label.Grey), (Label.Threat, Label.Threat),
        };

        var s = Evaluator.Summarise(pairs);

        Assert.Equal(8, s.Examples);
        Assert.Equal(5.0 / 8, s.Accuracy, 6);
        Assert.Equal(0.25, s.FalseFlagRate, 6);
        Assert.Equal(1, s.Confusion[0][3]);
        Assert.Equal(1.0, s.PerClass[0].Precision, 6);
        Assert.Equal(0.5, s.PerClass[0].Recall, 6);
        Assert.Equal(1.0 / 3, s.PerClass[1].Precision, 6);
        Assert.Equal(0.5, s.PerClass[3].Precision, 6);
        var f1 = new[] { 2 * 1 * 0.5 / 1.5, 2 * (1.0 / 3) * 1 / (4.0 / 3), 2 * 1 * 0.5 / 1.5, 2 * 0.5 * 1 / 1.5 };
        Assert.Equal(f1.Average(), s.MacroF1, 6);
    }

    [Fact]
    public void Empty_input_gives_zeroes_not_a_crash()
    {
        var s = Evaluator.Summarise([]);
        Assert.Equal(0, s.Examples);
        Assert.Equal(0, s.MacroF1);
    }
}
