namespace SocialWatch.Classification.Features;

/// <summary>Collects occurrences so training can build the sparse vector the trainer needs.</summary>
internal struct CollectingSink() : IFeatureSink
{
    public List<(FeatureBlock Block, int Index)> Occurrences { get; } = new(512);

    public void Add(FeatureBlock block, int index) => Occurrences.Add((block, index));
}
