namespace SocialWatch.Classification.Features;

/// <summary>Receives every feature occurrence the featuriser finds (a struct, so calls are inlined).</summary>
public interface IFeatureSink
{
    /// <summary>One occurrence of the hashed feature <paramref name="index"/> in <paramref name="block"/>.</summary>
    void Add(FeatureBlock block, int index);
}
