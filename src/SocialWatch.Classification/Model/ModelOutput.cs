namespace SocialWatch.Classification.Model;

/// <summary>The pipeline's output: one probability per label, in <see cref="ModelSchema.LabelOrder"/>.</summary>
public sealed class ModelOutput
{
    /// <summary>Probabilities per label.</summary>
    public float[] Score { get; set; } = [];
}
