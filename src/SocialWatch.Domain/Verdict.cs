namespace SocialWatch.Domain;

/// <summary>The classifier's judgement of one text.</summary>
public sealed record Verdict(
    Label Label,
    LabelScores Scores,
    string ModelVersion,
    DateTime ClassifiedAtUtc,
    IReadOnlyList<EvidenceSpan> Evidence);
