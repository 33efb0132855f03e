using SocialWatch.Classification.Corpus;
using SocialWatch.Classification.Evaluation;
using SocialWatch.Classification.Model;
using SocialWatch.Tests.Support;

namespace SocialWatch.Classification.Tests.Model;

public class TrainingAugmentationTests
{
    private static readonly List<CorpusExample> Sample =
        CorpusReader.Read(Path.Combine(RepoPaths.Corpus, CorpusReader.TrainFile)).Take(900).ToList();

    [Fact]
    public void About_every_third_example_gets_a_copy_with_its_own_label_and_its_whole_text()
    {
        var augmented = TrainingAugmentation.WithNeutralSentences(Sample, every: 3);
        var copies = augmented.Skip(Sample.Count).ToList();

        Assert.Equal(Sample, augmented.Take(Sample.Count));
        Assert.InRange(copies.Count, 240, 360);
        var byText = Sample.ToDictionary(e => e.Text.Trim());
        Assert.All(copies, c => Assert.Single(byText.Values, e => c.Text.Contains(e.Text.Trim(), StringComparison.Ordinal) && e.Label == c.Label));
    }

    [Fact]
    public void Augmentation_is_repeatable()
    {
        Assert.Equal(TrainingAugmentation.WithNeutralSentences(Sample, 1), TrainingAugmentation.WithNeutralSentences(Sample, 1));
    }

    [Fact]
    public void The_added_sentences_are_not_the_ones_the_robustness_tests_append()
    {
        const string probe = "x";
        var testSentences = Enumerable.Range(0, 50)
            .Select(seed => VariantGenerator.Make(probe, VariantKind.NeutralSentence, seed)![(probe.Length + 1)..])
            .ToHashSet();
        var copies = TrainingAugmentation.WithNeutralSentences(Sample, 1).Skip(Sample.Count);

        Assert.All(copies, c => Assert.DoesNotContain(testSentences, s => c.Text.Contains(s, StringComparison.Ordinal)));
    }
}
