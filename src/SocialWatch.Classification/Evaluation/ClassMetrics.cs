using System.Text.Json.Serialization;

namespace SocialWatch.Classification.Evaluation;

/// <summary>Precision, recall and F1 of one label.</summary>
public sealed record ClassMetrics(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("f1")] double F1,
    [property: JsonPropertyName("support")] int Support);
