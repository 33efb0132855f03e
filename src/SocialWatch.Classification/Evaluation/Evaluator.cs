using SocialWatch.Domain;

namespace SocialWatch.Classification.Evaluation;

/// <summary>Computes <see cref="EvaluationSummary"/> from pairs of true and predicted labels.</summary>
public static class Evaluator
{
    /// <summary>Summarises the pairs.</summary>
    public static EvaluationSummary Summarise(IEnumerable<(Label Truth, Label Predicted)> pairs)
    {
        var confusion = new int[4][];
        for (var i = 0; i < 4; i++)
        {
            confusion[i] = new int[4];
        }

        var n = 0;
        foreach (var (truth, predicted) in pairs)
        {
            confusion[(int)truth][(int)predicted]++;
            n++;
        }

        var perClass = new List<ClassMetrics>();
        for (var k = 0; k < 4; k++)
        {
            var tp = confusion[k][k];
            var predictedK = Enumerable.Range(0, 4).Sum(i => confusion[i][k]);
            var support = confusion[k].Sum();
            var precision = predictedK == 0 ? 0 : (double)tp / predictedK;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.Add(new ClassMetrics(LabelCodes.All[k].ToCode(), precision, recall, f1, support));
        }

        var noneRow = confusion[(int)Label.None];
        var noneTotal = noneRow.Sum();
        return new EvaluationSummary
        {
            Examples = n,
            Accuracy = n == 0 ? 0 : (double)Enumerable.Range(0, 4).Sum(k => confusion[k][k]) / n,
            MacroF1 = perClass.Average(m => m.F1),
            FalseFlagRate = noneTotal == 0 ? 0 : (double)(noneRow[(int)Label.Abusive] + noneRow[(int)Label.Threat]) / noneTotal,
            PerClass = perClass,
            Confusion = confusion,
        };
    }
}
