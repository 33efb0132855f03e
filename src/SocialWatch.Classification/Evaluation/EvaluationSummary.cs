using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Evaluation;

/// <summary>Quality of a model on a labelled set.</summary>
public sealed record EvaluationSummary
{
    [JsonPropertyName("examples")]
    public required int Examples { get; init; }

    [JsonPropertyName("macro_f1")]
    public required double MacroF1 { get; init; }

    [JsonPropertyName("accuracy")]
    public required double Accuracy { get; init; }

    /// <summary>Share of true <c>none</c> examples predicted <c>abusive</c> or <c>threat</c>.</summary>
    [JsonPropertyName("false_flag_rate")]
    public required double FalseFlagRate { get; init; }

    [JsonPropertyName("per_class")]
    public required IReadOnlyList<ClassMetrics> PerClass { get; init; }

    /// <summary>Rows are the true labels, columns the predicted ones, both in none, grey, abusive, threat order.</summary>
    [JsonPropertyName("confusion")]
    public required int[][] Confusion { get; init; }

    /// <summary>Recall of one label.</summary>
    public double RecallOf(Label label) => PerClass[(int)label].Recall;

    /// <summary>A plain-text table for the console and the model card.</summary>
    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"examples: {Examples}  accuracy: {Accuracy:F3}  macro-F1: {MacroF1:F3}  false-flag rate: {FalseFlagRate:P1}");
        sb.AppendLine("label      precision  recall     f1  support");
        foreach (var m in PerClass)
        {
            sb.AppendLine(c, $"{m.Label,-9} {m.Precision,10:F3} {m.Recall,7:F3} {m.F1,6:F3} {m.Support,8}");
        }

        sb.AppendLine("confusion (rows true, columns predicted): none grey abusive threat");
        for (var i = 0; i < 4; i++)
        {
            sb.AppendLine(c, $"{LabelCodes.All[i].ToCode(),-9} {string.Join(' ', Confusion[i].Select(n => n.ToString(c).PadLeft(6)))}");
        }

        return sb.ToString();
    }
}
