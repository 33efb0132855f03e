using System.Globalization;
using Microsoft.ML;
using SocialWatch.Classification.Corpus;
using SocialWatch.Classification.Evaluation;
using SocialWatch.Classification.Features;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>Trains a model on the train split, tunes thresholds on the validation split and measures it on the test split.</summary>
public static class ModelTrainer
{
    /// <summary>Threat recall the tuned threshold aims for on the validation split.</summary>
    public const double TargetThreatRecall = 0.97;

    /// <summary>Trains with one trainer. The test split is only measured, never used for fitting or tuning.</summary>
    public static TrainingResult Train(
        IReadOnlyList<CorpusExample> train,
        IReadOnlyList<CorpusExample> validation,
        IReadOnlyList<CorpusExample> test,
        TrainerKind trainer,
        string corpusHash,
        TimeProvider time,
        PipelineSettings? settings = null)
    {
        settings ??= PipelineSettings.Default;
        var ml = new MLContext(seed: 1);
        var fitting = settings.AugmentEvery > 0 ? TrainingAugmentation.WithNeutralSentences(train, settings.AugmentEvery) : train;
        var idf = settings.Features.UseIdf ? IdfTable.Fit(fitting.Select(e => e.Text), settings.Features) : null;
        var data = FeatureRow.Load(ml, fitting.Select(e => FeatureRow.From(e.Text, settings.Features, idf, e.Label)).ToList(), settings.Features);
        var model = PipelineFactory.Create(ml, trainer, settings).Fit(data);

        var trainedAt = time.GetUtcNow().UtcDateTime;
        var draft = new ModelCard
        {
            Version = string.Create(CultureInfo.InvariantCulture, $"nl-{trainedAt:yyyyMMdd-HHmm}-{corpusHash[..8]}"),
            TrainedAtUtc = trainedAt,
            CorpusHash = corpusHash,
            Trainer = trainer.ToString(),
            Settings = settings,
            TrainExamples = train.Count,
            Thresholds = DecisionThresholds.ArgMax,
        };
        var classifier = TextClassifier.FromTransformer(model, draft, DecisionThresholds.ArgMax, idf);

        var validationScores = ScoreAll(classifier, validation);
        var noneEdits = validation.Zip(validationScores)
            .Where(pair => pair.Second.Truth == Label.None)
            .Select(pair => (pair.Second.Scores, (IReadOnlyList<LabelScores>)VariantGenerator.NoneEdits(pair.First.Text).Select(classifier.Score).ToList()))
            .ToList();
        var thresholds = ThresholdTuner.Tune(validationScores, noneEdits);
        var testSummary = Evaluate(ScoreAll(classifier, test), thresholds);
        var card = draft with { Thresholds = thresholds, TestMetrics = testSummary };
        return new TrainingResult(model, card, Evaluate(validationScores, thresholds), ml, data.Schema, idf);
    }

    /// <summary>Scores every example once; thresholds can then be applied cheaply.</summary>
    public static IReadOnlyList<(Label Truth, LabelScores Scores)> ScoreAll(TextClassifier classifier, IEnumerable<CorpusExample> examples) =>
        examples.Select(e => (LabelCodes.Parse(e.Label), classifier.Score(e.Text))).ToList();

    /// <summary>Applies a decision rule to scored examples.</summary>
    public static EvaluationSummary Evaluate(IEnumerable<(Label Truth, LabelScores Scores)> scored, DecisionThresholds thresholds) =>
        Evaluator.Summarise(scored.Select(s => (s.Truth, thresholds.Decide(s.Scores))));
}
