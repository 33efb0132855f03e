using System.Text.Json;
using System.Text.Json.Serialization;
using SocialWatch.Classification.Evaluation;

namespace SocialWatch.Classification.Model;

/// <summary>The metadata file next to the model zip (<c>socialwatch-nl.json</c>).</summary>
public sealed record ModelCard
{
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    [JsonPropertyName("trained_at")]
    public required DateTime TrainedAtUtc { get; init; }

    [JsonPropertyName("corpus_hash")]
    public required string CorpusHash { get; init; }

    [JsonPropertyName("trainer")]
    public required string Trainer { get; init; }

    [JsonPropertyName("settings")]
    public PipelineSettings? Settings { get; init; }

    [JsonPropertyName("train_examples")]
    public int TrainExamples { get; init; }

    /// <summary>Thresholds tuned on the validation split, used when configuration gives none.</summary>
    [JsonPropertyName("thresholds")]
    public required DecisionThresholds Thresholds { get; init; }

    /// <summary>Metrics on the held-back test split.</summary>
    [JsonPropertyName("test_metrics")]
    public EvaluationSummary? TestMetrics { get; init; }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>Reads a card; throws <see cref="ModelLoadException"/> when unreadable.</summary>
    public static ModelCard Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(path), Options)
                ?? throw new ModelLoadException(path, "the file is empty");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException(path, e.Message, e);
        }
    }

    /// <summary>Writes the card as indented JSON.</summary>
    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Options) + "\n");

    /// <summary>The card's path for a model zip: same name, <c>.json</c>.</summary>
    public static string PathFor(string modelPath) => Path.ChangeExtension(modelPath, ".json");
}
