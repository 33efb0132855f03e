namespace SocialWatch.Classification.Evaluation;

/// <summary>The evasions a robustness check applies to a message.</summary>
public enum VariantKind
{
    /// <summary>Letters of one word replaced by look-alike digits and symbols.</summary>
    Leet,

    /// <summary>One word written with spaces between its letters.</summary>
    SpacedLetters,

    /// <summary>One letter dropped from one word.</summary>
    DroppedLetter,

    /// <summary>Two neighbouring letters swapped in one word.</summary>
    SwappedLetters,

    /// <summary>Words with an emoji stand-in replaced by the emoji.</summary>
    EmojiStandIn,

    /// <summary>A neutral sentence appended.</summary>
    NeutralSentence,

    /// <summary>Capitalisation changed (upper case, or every word capitalised).</summary>
    Capitalisation,
}
