using SocialWatch.Classification.Corpus;
using SocialWatch.Classification.Evaluation;
using SocialWatch.Domain;
using SocialWatch.Tests.Support;

namespace SocialWatch.Classification.Tests.Model;

/// <summary>Evasions must not change the shipped model's verdict; ordinary edits must not create flags.</summary>
public class RobustnessTests
{
    private static (int Held, int Total, List<string> Broken) Hold(IEnumerable<CorpusExample> examples, VariantKind[] kinds, Func<Label, Label, bool> holds)
    {
        var c = ShippedModel.Classifier;
        int held = 0, total = 0;
        var broken = new List<string>();
        var seed = 0;
        foreach (var example in examples)
        {
            var original = c.Thresholds.Decide(c.Score(example.Text));
            foreach (var kind in kinds)
            {
                if (VariantGenerator.Make(example.Text, kind, seed++) is not { } variant)
                {
                    continue;
                }

                total++;
                var label = c.Thresholds.Decide(c.Score(variant));
                if (holds(original, label))
                {
                    held++;
                }
                else if (broken.Count < 5)
                {
                    broken.Add($"{kind}: {variant} ({original} -> {label})");
                }
            }
        }

        return (held, total, broken);
    }

    [Fact]
    public void Evasions_of_abusive_and_threat_messages_keep_their_label_for_90_percent_of_variants()
    {
        var flagged = ShippedModel.TestSplit.Where(e => e.Label is "abusive" or "threat");
        VariantKind[] kinds = [VariantKind.Leet, VariantKind.SpacedLetters, VariantKind.DroppedLetter, VariantKind.SwappedLetters, VariantKind.EmojiStandIn];

        var (held, total, broken) = Hold(flagged, kinds, (a, b) => a == b);

        Assert.True(total > 1000, $"only {total} variants");
        Assert.True(held >= total * 0.90, $"{held} of {total} held\n{string.Join('\n', broken)}");
    }

    [Fact]
    public void Ordinary_edits_of_none_messages_keep_them_none_for_97_percent_of_variants()
    {
        var none = ShippedModel.TestSplit.Where(e => e.Label == "none" && ShippedModel.Classifier.Thresholds.Decide(ShippedModel.Classifier.Score(e.Text)) == Label.None);
        VariantKind[] kinds = [VariantKind.NeutralSentence, VariantKind.Capitalisation];

        var (held, total, broken) = Hold(none, kinds, (_, b) => b == Label.None);

        Assert.True(total > 300, $"only {total} variants");
        Assert.True(held >= total * 0.97, $"{held} of {total} held\n{string.Join('\n', broken)}");
    }
}
