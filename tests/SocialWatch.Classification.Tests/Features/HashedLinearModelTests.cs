using Microsoft.ML;
using SocialWatch.Classification.Corpus;
using SocialWatch.Classification.Features;
using SocialWatch.Classification.Model;
using SocialWatch.Tests.Support;

namespace SocialWatch.Classification.Tests.Features;

public class HashedLinearModelTests
{
    [Fact]
    public void Direct_scoring_gives_the_probabilities_of_ml_nets_own_prediction()
    {
        var corpus = CorpusReader.Read(Path.Combine(RepoPaths.Corpus, CorpusReader.TrainFile));
        var small = corpus.GroupBy(e => e.Label).SelectMany(g => g.Take(60)).ToList();
        var result = ModelTrainer.Train(small, [], [], TrainerKind.LbfgsMaximumEntropy, "0123456789abcdef", TimeProvider.System);
        var features = result.Card.Settings!.Features;
        var direct = TextClassifier.FromTransformer(result.Model, result.Card, DecisionThresholds.ArgMax, result.Idf);
        var ml = new MLContext(seed: 1);
        var engine = ml.Model.CreatePredictionEngine<FeatureRow, ModelOutput>(result.Model, inputSchemaDefinition: FeatureRow.Schema(features));

        foreach (var text in corpus.Skip(500).Take(40).Select(e => e.Text).Append("🔫 k l o o t z a k \"ik weet waar je woont\""))
        {
            var expected = ModelSchema.ToScores(engine.Predict(FeatureRow.From(text, features, result.Idf)).Score);
            var actual = direct.Score(text);

            Assert.Equal(expected.None, actual.None, 4);
            Assert.Equal(expected.Grey, actual.Grey, 4);
            Assert.Equal(expected.Abusive, actual.Abusive, 4);
            Assert.Equal(expected.Threat, actual.Threat, 4);
        }
    }

    [Fact]
    public void The_feature_vector_has_the_declared_length_and_sorted_unique_indices()
    {
        var vector = FeatureVector.Build("Ik weet waar je woont, wethouder. Tot vanavond 🔪", FeatureSettings.Default);

        Assert.Equal(FeatureSettings.Default.Dimension, vector.Length);
        var indices = vector.GetIndices().ToArray();
        Assert.Equal(indices.Order().Distinct(), indices);
        Assert.All(vector.GetValues().ToArray(), v => Assert.True(v > 0));
    }
}
