namespace SocialWatch.Domain;

/// <summary>A piece of the original text that pushed the verdict towards its label.</summary>
/// <param name="Start">Offset in UTF-16 code units into the original text.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Text">The span's text, as in the original.</param>
/// <param name="Weight">How much the label's probability drops when the span is removed.</param>
public sealed record EvidenceSpan(int Start, int Length, string Text, float Weight);
