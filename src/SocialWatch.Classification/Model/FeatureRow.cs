using Microsoft.ML;
using Microsoft.ML.Data;
using SocialWatch.Classification.Features;

namespace SocialWatch.Classification.Model;

/// <summary>One row the ML.NET trainer sees: the hashed feature vector and (for training) the label code.</summary>
public sealed class FeatureRow
{
    /// <summary>Label code; empty when predicting.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The sparse feature vector (see <see cref="FeatureVector"/>).</summary>
    public VBuffer<float> Features { get; set; }

    /// <summary>Builds the row for a raw text.</summary>
    public static FeatureRow From(string? rawText, FeatureSettings settings, IdfTable? idf, string label = "") =>
        new() { Label = label, Features = FeatureVector.Build(rawText, settings, idf) };

    /// <summary>The schema with the vector's fixed length, which the attribute-free class cannot declare itself.</summary>
    public static SchemaDefinition Schema(FeatureSettings settings)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, settings.Dimension);
        return schema;
    }

    /// <summary>Loads rows into a data view.</summary>
    public static IDataView Load(MLContext ml, IEnumerable<FeatureRow> rows, FeatureSettings settings) =>
        ml.Data.LoadFromEnumerable(rows, Schema(settings));
}
