using SocialWatch.Classification.Features;
using SocialWatch.Classification.Normalisation;

namespace SocialWatch.Classification.Tests.Features;

public class TextFeaturizerTests
{
    // Scope features are off in the shipped settings (they did not help, see the model card); these tests switch them on.
    private static readonly FeatureSettings Settings = FeatureSettings.Default with { ScopeWeight = 0.5f };

    private static List<(FeatureBlock Block, int Index)> Extract(string normalized, FeatureSettings? settings = null)
    {
        var sink = new CollectingSink();
        TextFeaturizer.Extract(normalized, settings ?? Settings, ref sink);
        return sink.Occurrences;
    }

    [Fact]
    public void Character_ngrams_cover_the_text_with_word_boundaries()
    {
        // " ik " read with n = 2..5: 3 + 2 + 1 = 6 character n-grams; with n = 3..5: 2 + 1 = 3.
        Assert.Equal(6, Extract("ik", Settings with { MinCharNgram = 2 }).Count(o => o.Block == FeatureBlock.Chars));
        Assert.Equal(3, Extract("ik", Settings with { MinCharNgram = 3 }).Count(o => o.Block == FeatureBlock.Chars));
    }

    [Fact]
    public void Word_unigrams_and_bigrams_are_counted()
    {
        var words = Extract("ik maak je af").Count(o => o.Block == FeatureBlock.Words);

        Assert.Equal(4 + 3, words);
    }

    [Fact]
    public void The_same_text_always_gives_the_same_slots_inside_the_vector()
    {
        var first = Extract("wij weten waar je woont");
        var second = Extract("wij weten waar je woont");

        Assert.Equal(first, second);
        Assert.All(first, o => Assert.InRange(o.Index, TextFeaturizer.HashedOffset, Settings.Dimension - 1));
    }

    [Fact]
    public void Words_inside_a_quotation_get_quoted_features_and_words_outside_do_not()
    {
        var quoted = Extract(TextNormalizer.Normalize("Walgelijk dat iemand \"ik weet waar je woont\" stuurt"));
        var plain = Extract(TextNormalizer.Normalize("Walgelijk dat iemand ik weet waar je woont stuurt"));

        Assert.Equal(5, quoted.Count(o => o.Block == FeatureBlock.Scope));
        Assert.DoesNotContain(plain, o => o.Block == FeatureBlock.Scope);
    }

    [Fact]
    public void An_unclosed_quotation_ends_after_the_quote_window()
    {
        var words = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"woord{(char)('a' + (i % 26))}"));
        var scope = Extract(TextNormalizer.Normalize("\"" + words)).Count(o => o.Block == FeatureBlock.Scope);

        Assert.Equal(Settings.QuoteWindow, scope);
    }

    [Fact]
    public void Words_right_after_a_negator_get_negated_features()
    {
        var negated = Extract("je bent geen oplichter hoor echt").Count(o => o.Block == FeatureBlock.Scope);

        Assert.Equal(Settings.NegationWindow, negated);
    }

    [Fact]
    public void Scope_features_are_not_extracted_when_their_weight_is_zero()
    {
        var off = Extract(TextNormalizer.Normalize("Wie schrijft nou \"ik maak je af\"? Niet normaal."), Settings with { ScopeWeight = 0 });

        Assert.DoesNotContain(off, o => o.Block == FeatureBlock.Scope);
    }

    [Fact]
    public void Empty_text_gives_no_features()
    {
        Assert.Empty(Extract(string.Empty));
    }
}
