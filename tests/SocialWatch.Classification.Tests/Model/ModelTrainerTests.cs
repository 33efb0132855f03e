using SocialWatch.Classification.Corpus;
using SocialWatch.Classification.Model;
using SocialWatch.Domain;
using SocialWatch.Tests.Support;

namespace SocialWatch.Classification.Tests.Model;

public class ModelTrainerTests
{
    [Fact]
    public void A_trained_model_saves_and_loads_with_its_card_and_scores_that_sum_to_one()
    {
        using var dir = new TempDirectory();
        var corpus = CorpusReader.Read(Path.Combine(RepoPaths.Corpus, CorpusReader.TrainFile));
        var small = corpus.GroupBy(e => e.Label).SelectMany(g => g.Take(40)).ToList();
        var validation = corpus.GroupBy(e => e.Label).SelectMany(g => g.Skip(40).Take(10)).ToList();

        var result = ModelTrainer.Train(small, validation, validation, TrainerKind.SdcaMaximumEntropy, "0123456789abcdef", TimeProvider.System);
        var path = dir.File("m.zip");
        result.Save(path);
        var loaded = TextClassifier.Load(path);

        Assert.Equal(result.Card.Version, loaded.ModelVersion);
        Assert.Equal(result.Card.Thresholds, loaded.Thresholds);
        var scores = loaded.Score("ik maak je af, vuile rat");
        Assert.Equal(1f, scores.None + scores.Grey + scores.Abusive + scores.Threat, 3);
        Assert.NotNull(result.Card.TestMetrics);
        Assert.Equal(validation.Count, result.Card.TestMetrics!.Examples);
    }

    [Fact]
    public void Explanation_offsets_point_into_the_original_text()
    {
        var classifier = TextClassifier.Load(RepoPaths.Model);
        const string text = "Beste wethouder, ik weet waar je woont en ik maak je af, 🔪 vanavond.";

        var verdict = classifier.Classify(text);

        Assert.Equal(Label.Threat, verdict.Label);
        Assert.NotEmpty(verdict.Evidence);
        foreach (var span in verdict.Evidence)
        {
            Assert.Equal(span.Text, text.Substring(span.Start, span.Length));
            Assert.True(span.Weight > 0);
        }
    }
}
