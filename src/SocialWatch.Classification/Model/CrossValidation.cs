using SocialWatch.Classification.Corpus;
using SocialWatch.Classification.Evaluation;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>K-fold cross-validation of a trainer on the fitting data (train and validation; never the test split).</summary>
public static class CrossValidation
{
    /// <summary>Result of one trainer: mean and per-fold metrics under the plain argmax rule.</summary>
    public sealed record Result(TrainerKind Trainer, double MacroF1, double ThreatRecall, double FalseFlagRate, IReadOnlyList<EvaluationSummary> Folds);

    /// <summary>Runs k folds; fold membership is a stable function of the text, so runs are repeatable.</summary>
    public static Result Run(IReadOnlyList<CorpusExample> examples, TrainerKind trainer, int folds, PipelineSettings? settings = null)
    {
        var summaries = new List<EvaluationSummary>();
        for (var k = 0; k < folds; k++)
        {
            var fold = k;
            var held = examples.Where(e => FoldOf(e.Text, folds) == fold).ToList();
            var fit = examples.Where(e => FoldOf(e.Text, folds) != fold).ToList();
            var result = ModelTrainer.Train(fit, [], [], trainer, "crossvalidation", TimeProvider.System, settings);
            var classifier = TextClassifier.FromTransformer(result.Model, result.Card, DecisionThresholds.ArgMax, result.Idf);
            summaries.Add(ModelTrainer.Evaluate(ModelTrainer.ScoreAll(classifier, held), DecisionThresholds.ArgMax));
        }

        return new Result(
            trainer,
            summaries.Average(s => s.MacroF1),
            summaries.Average(s => s.RecallOf(Label.Threat)),
            summaries.Average(s => s.FalseFlagRate),
            summaries);
    }

    private static int FoldOf(string text, int folds)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)folds);
    }
}
