using Microsoft.ML;
using Microsoft.ML.Trainers;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>Builds the ML.NET training pipeline over the hashed feature vectors (see <see cref="FeatureRow"/>): label keys and a trainer.</summary>
public static class PipelineFactory
{
    /// <summary>Creates the untrained pipeline.</summary>
    public static IEstimator<ITransformer> Create(MLContext ml, TrainerKind trainer, PipelineSettings? settings = null)
    {
        settings ??= PipelineSettings.Default;
        var labelKeys = ml.Data.LoadFromEnumerable(LabelCodes.All.Select(l => new LabelKeyRow { Label = l.ToCode() }));
        var features = ml.Transforms.Conversion.MapValueToKey(ModelSchema.LabelKey, nameof(FeatureRow.Label), keyData: labelKeys);

        return trainer switch
        {
            TrainerKind.SdcaMaximumEntropy => features.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
                new SdcaMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = ModelSchema.LabelKey,
                    FeatureColumnName = nameof(FeatureRow.Features),
                    MaximumNumberOfIterations = 100,
                    // SDCA underfits the L2-normalised n-gram vectors badly unless its own L2 is tiny (measured: 5e-4 gives macro-F1 0.44).
                    L2Regularization = 1e-6f,
                    NumberOfThreads = 1,
                })),
            TrainerKind.LbfgsMaximumEntropy => features.Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                new LbfgsMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = ModelSchema.LabelKey,
                    FeatureColumnName = nameof(FeatureRow.Features),
                    L2Regularization = settings.L2,
                    L1Regularization = settings.L1,
                    NumberOfThreads = 1,
                })),
            TrainerKind.OvaAveragedPerceptron => features.Append(ml.MulticlassClassification.Trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.AveragedPerceptron(ModelSchema.LabelKey, nameof(FeatureRow.Features), numberOfIterations: 20),
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
