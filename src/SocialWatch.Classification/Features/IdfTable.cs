using SocialWatch.Classification.Normalisation;

namespace SocialWatch.Classification.Features;

/// <summary>
/// Inverse document frequency per hashed slot, fitted on the training texts: rare n-grams weigh more than
/// n-grams that occur everywhere. Slots never seen in training get the highest weight.
/// </summary>
public sealed class IdfTable
{
    private IdfTable(float[] values) => Values = values;

    /// <summary>One weight per slot of the feature vector (lexicon slots have weight 1).</summary>
    public float[] Values { get; }

    /// <summary>Counts in how many texts each slot occurs and turns that into log((1 + N) / (1 + df)) + 1.</summary>
    public static IdfTable Fit(IEnumerable<string> rawTexts, FeatureSettings settings)
    {
        var df = new int[settings.Dimension];
        var documents = 0;
        var seen = new HashSet<int>();
        foreach (var text in rawTexts)
        {
            documents++;
            seen.Clear();
            var sink = new CollectingSink();
            TextFeaturizer.Extract(TextNormalizer.Normalize(text), settings, ref sink);
            foreach (var (_, index) in sink.Occurrences)
            {
                if (seen.Add(index))
                {
                    df[index]++;
                }
            }
        }

        var values = new float[settings.Dimension];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i < LexiconFeatures.Count ? 1f : MathF.Log((1f + documents) / (1f + df[i])) + 1f;
        }

        return new IdfTable(values);
    }

    /// <summary>Writes the table as little-endian floats.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Values.Length);
        foreach (var v in Values)
        {
            writer.Write(v);
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>; the length must match <paramref name="settings"/>.</summary>
    public static IdfTable Read(Stream stream, FeatureSettings settings)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var length = reader.ReadInt32();
        if (length != settings.Dimension)
        {
            throw new InvalidDataException($"The IDF table has {length} slots; the card's settings give {settings.Dimension}.");
        }

        var values = new float[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return new IdfTable(values);
    }
}
