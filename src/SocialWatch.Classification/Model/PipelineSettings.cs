using SocialWatch.Classification.Features;

namespace SocialWatch.Classification.Model;

/// <summary>The knobs of the featuriser and the trainer, recorded in the model card.</summary>
public sealed record PipelineSettings
{
    /// <summary>The hashed featuriser.</summary>
    public FeatureSettings Features { get; init; } = FeatureSettings.Default;

    /// <summary>L2 regularisation of the maximum-entropy trainers.</summary>
    public float L2 { get; init; } = 0.001f;

    /// <summary>L1 regularisation of the L-BFGS trainer.</summary>
    public float L1 { get; init; } = 0.0001f;

    /// <summary>The defaults.</summary>
    public static PipelineSettings Default { get; } = new();
}
