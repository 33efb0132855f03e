using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>Builds the ML.NET training pipeline: word 1-2-grams and character 1-5-grams with TF-IDF, lexicon features, a linear trainer.</summary>
public static class PipelineFactory
{
    /// <summary>Creates the untrained pipeline.</summary>
    public static IEstimator<ITransformer> Create(MLContext ml, TrainerKind trainer, PipelineSettings? settings = null)
    {
        settings ??= PipelineSettings.Default;
        var labelKeys = ml.Data.LoadFromEnumerable(LabelCodes.All.Select(l => new LabelKeyRow { Label = l.ToCode() }));
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.WordNgramLength,
                UseAllLengths = true,
                Weighting = Microsoft.ML.Transforms.Text.NgramExtractingEstimator.WeightingCriteria.TfIdf,
                MaximumNgramsCount = [settings.MaxWordNgrams],
            },
            CharFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.CharNgramLength,
                UseAllLengths = true,
                Weighting = Microsoft.ML.Transforms.Text.NgramExtractingEstimator.WeightingCriteria.TfIdf,
                MaximumNgramsCount = [settings.MaxCharNgrams],
            },
        };

        var features = ml.Transforms.Conversion.MapValueToKey(ModelSchema.LabelKey, nameof(ModelInput.Label), keyData: labelKeys)
            .Append(ml.Transforms.Text.FeaturizeText(ModelSchema.TextFeatures, text, nameof(ModelInput.Text)))
            .Append(ml.Transforms.Concatenate(ModelSchema.Features, ModelSchema.TextFeatures, nameof(ModelInput.Lexicon)));

        return trainer switch
        {
            TrainerKind.SdcaMaximumEntropy => features.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
                new SdcaMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = ModelSchema.LabelKey,
                    FeatureColumnName = ModelSchema.Features,
                    MaximumNumberOfIterations = 100,
                    // SDCA underfits the L2-normalised n-gram vectors badly unless its own L2 is tiny (measured: 5e-4 gives macro-F1 0.44).
                    L2Regularization = 1e-6f,
                    NumberOfThreads = 1,
                })),
            TrainerKind.LbfgsMaximumEntropy => features.Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                new LbfgsMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = ModelSchema.LabelKey,
                    FeatureColumnName = ModelSchema.Features,
                    L2Regularization = settings.L2,
                    L1Regularization = settings.L1,
                    NumberOfThreads = 1,
                })),
            TrainerKind.OvaAveragedPerceptron => features.Append(ml.MulticlassClassification.Trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.AveragedPerceptron(ModelSchema.LabelKey, ModelSchema.Features, numberOfIterations: 20),
                ModelSchema.LabelKey,
                useProbabilities: true)),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer)),
        };
    }

    private sealed class LabelKeyRow
    {
        public string Label { get; set; } = string.Empty;
    }
}
