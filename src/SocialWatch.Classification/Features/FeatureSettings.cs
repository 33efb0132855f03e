using SocialWatch.Classification.Normalisation;

namespace SocialWatch.Classification.Features;

/// <summary>The knobs of the hashed featuriser, recorded in the model card so scoring matches training.</summary>
public sealed record FeatureSettings
{
    /// <summary>The hashed n-grams share 2^HashBits slots (bounds the model size).</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>Shortest character n-gram.</summary>
    public int MinCharNgram { get; init; } = 3;

    /// <summary>Longest character n-gram.</summary>
    public int MaxCharNgram { get; init; } = 5;

    /// <summary>Longest word n-gram.</summary>
    public int MaxWordNgram { get; init; } = 2;

    /// <summary>Words after a negator (niet, geen ...) that also get a negated feature.</summary>
    public int NegationWindow { get; init; } = 3;

    /// <summary>Words after an unclosed quotation mark that count as quoted.</summary>
    public int QuoteWindow { get; init; } = 16;

    /// <summary>Weight of the word block after length normalisation.</summary>
    public float WordWeight { get; init; } = 1f;

    /// <summary>Weight of the character block after length normalisation.</summary>
    public float CharWeight { get; init; } = 1f;

    /// <summary>Weight of the scope block (quoted and negated words); 0 switches it off (it did not help on validation).</summary>
    public float ScopeWeight { get; init; }

    /// <summary>Whether hashed features are weighted by their inverse document frequency in the training texts.</summary>
    public bool UseIdf { get; init; } = true;

    /// <summary>Length of the feature vector: the lexicon features first, then the hashed slots.</summary>
    public int Dimension => LexiconFeatures.Count + (1 << HashBits);

    /// <summary>The defaults.</summary>
    public static FeatureSettings Default { get; } = new();
}
