using SocialWatch.Classification.Corpus;
using SocialWatch.Classification.Model;

namespace SocialWatch.Tests.Support;

/// <summary>The shipped model and the fixed test split, loaded once for all quality tests.</summary>
public static class ShippedModel
{
    private static readonly Lazy<TextClassifier> LazyClassifier = new(() => TextClassifier.Load(RepoPaths.Model));
    private static readonly Lazy<IReadOnlyList<CorpusExample>> LazyTest = new(() => CorpusReader.Read(Path.Combine(RepoPaths.Corpus, CorpusReader.TestFile)));

    public static TextClassifier Classifier => LazyClassifier.Value;

    public static IReadOnlyList<CorpusExample> TestSplit => LazyTest.Value;
}
