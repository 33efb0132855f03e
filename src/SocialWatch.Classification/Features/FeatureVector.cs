using Microsoft.ML.Data;
using SocialWatch.Classification.Normalisation;

namespace SocialWatch.Classification.Features;

/// <summary>
/// The sparse feature vector of one text, as the trainer sees it. Each block's occurrences are weighted
/// by the block weight over the square root of the block's occurrence count, so long and short messages weigh alike;
/// <see cref="HashedLinearModel"/> computes the same values without building the vector.
/// </summary>
public static class FeatureVector
{
    /// <summary>Builds the vector of a raw text.</summary>
    public static VBuffer<float> Build(string? rawText, FeatureSettings settings, IdfTable? idf = null)
    {
        var normalized = TextNormalizer.Normalize(rawText);
        Span<float> lexicon = stackalloc float[LexiconFeatures.Count];
        LexiconFeatures.Compute(normalized, lexicon);
        var sink = new CollectingSink();
        TextFeaturizer.Extract(normalized, settings, ref sink);

        Span<int> counts = stackalloc int[3];
        foreach (var (block, _) in sink.Occurrences)
        {
            counts[(int)block]++;
        }

        Span<float> scale = stackalloc float[3];
        scale[(int)FeatureBlock.Words] = BlockScale(settings.WordWeight, counts[(int)FeatureBlock.Words]);
        scale[(int)FeatureBlock.Chars] = BlockScale(settings.CharWeight, counts[(int)FeatureBlock.Chars]);
        scale[(int)FeatureBlock.Scope] = BlockScale(settings.ScopeWeight, counts[(int)FeatureBlock.Scope]);

        var values = new SortedDictionary<int, float>();
        for (var i = 0; i < lexicon.Length; i++)
        {
            if (lexicon[i] != 0)
            {
                values[i] = lexicon[i];
            }
        }

        foreach (var (block, index) in sink.Occurrences)
        {
            values[index] = values.GetValueOrDefault(index) + scale[(int)block];
        }

        var items = values.Values.ToArray();
        var indices = values.Keys.ToArray();
        if (idf is not null)
        {
            for (var i = 0; i < items.Length; i++)
            {
                items[i] *= idf.Values[indices[i]];
            }
        }

        return new VBuffer<float>(settings.Dimension, items.Length, items, indices);
    }

    /// <summary>The value one occurrence adds in a block with <paramref name="count"/> occurrences.</summary>
    public static float BlockScale(float weight, int count) => count == 0 ? 0f : weight / MathF.Sqrt(count);
}
