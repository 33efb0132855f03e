namespace SocialWatch.Classification.Model;

/// <summary>The knobs of the training pipeline, recorded in the model card.</summary>
public sealed record PipelineSettings
{
    /// <summary>Longest word n-gram.</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Longest character n-gram.</summary>
    public int CharNgramLength { get; init; } = 5;

    /// <summary>Word n-grams kept (most frequent first), so the model stays small.</summary>
    public int MaxWordNgrams { get; init; } = 60_000;

    /// <summary>Character n-grams kept.</summary>
    public int MaxCharNgrams { get; init; } = 120_000;

    /// <summary>L2 regularisation of the maximum-entropy trainers.</summary>
    public float L2 { get; init; } = 0.003f;

    /// <summary>L1 regularisation of the L-BFGS trainer.</summary>
    public float L1 { get; init; } = 0.0005f;

    /// <summary>The defaults.</summary>
    public static PipelineSettings Default { get; } = new();
}
