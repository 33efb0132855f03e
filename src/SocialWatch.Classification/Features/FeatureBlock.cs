namespace SocialWatch.Classification.Features;

/// <summary>The groups of hashed features; each group is length-normalised on its own.</summary>
public enum FeatureBlock
{
    /// <summary>Word 1..n-grams.</summary>
    Words = 0,

    /// <summary>Character n-grams.</summary>
    Chars = 1,

    /// <summary>Words inside a quotation or right after a negator, in their own namespace.</summary>
    Scope = 2,
}
