using System.Text.Json.Serialization;

namespace SocialWatch.Classification.Corpus;

/// <summary>One labelled example (see ../shared/LABELING.md for the fields).</summary>
public sealed record CorpusExample
{
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    [JsonPropertyName("label")]
    public required string Label { get; init; }

    [JsonPropertyName("target_role")]
    public string? TargetRole { get; init; }

    [JsonPropertyName("platform")]
    public string? Platform { get; init; }

    [JsonPropertyName("functionality")]
    public string? Functionality { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }
}
