namespace SocialWatch.Classification.Model;

/// <summary>The multiclass trainers compared for the model card.</summary>
public enum TrainerKind
{
    /// <summary>Stochastic dual coordinate ascent, maximum entropy.</summary>
    SdcaMaximumEntropy,

    /// <summary>L-BFGS maximum entropy (multinomial logistic regression).</summary>
    LbfgsMaximumEntropy,

    /// <summary>One-versus-all averaged perceptron, calibrated with Platt scaling.</summary>
    OvaAveragedPerceptron,
}
