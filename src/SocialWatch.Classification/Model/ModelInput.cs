using Microsoft.ML.Data;
using SocialWatch.Classification.Normalisation;

namespace SocialWatch.Classification.Model;

/// <summary>One row the ML.NET pipeline sees: normalised text, lexicon features and (for training) the label code.</summary>
public sealed class ModelInput
{
    /// <summary>Normalised text (see <see cref="TextNormalizer"/>).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Hand-written lexicon features (see <see cref="LexiconFeatures"/>).</summary>
    [VectorType(LexiconFeatures.Count)]
    public float[] Lexicon { get; set; } = new float[LexiconFeatures.Count];

    /// <summary>Label code; empty when predicting.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>Builds the model input for a raw text.</summary>
    public static ModelInput From(string? rawText, string label = "")
    {
        var normalized = TextNormalizer.Normalize(rawText);
        return new ModelInput { Text = normalized, Lexicon = LexiconFeatures.Compute(normalized), Label = label };
    }
}
