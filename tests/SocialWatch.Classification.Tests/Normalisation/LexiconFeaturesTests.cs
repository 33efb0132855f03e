using SocialWatch.Classification.Normalisation;

namespace SocialWatch.Classification.Tests.Normalisation;

public class LexiconFeaturesTests
{
    private static float[] Of(string text) => LexiconFeatures.Compute(TextNormalizer.Normalize(text));

    [Fact]
    public void Counts_second_person_address()
    {
        Assert.True(Of("jij bent het probleem")[0] > 0);
        Assert.Equal(0, Of("het college is het probleem")[0]);
    }

    [Fact]
    public void Sees_threat_verbs_insults_and_violence_emoji()
    {
        Assert.True(Of("ik maak je af")[1] > 0);
        Assert.True(Of("vuile k4nkerlijer")[2] > 0);
        Assert.True(Of("🔫 🔪")[3] > 0);
        Assert.Equal(0, Of("mooie dag op de markt")[1]);
    }

    [Fact]
    public void Sees_negators_quotes_and_questions()
    {
        var f = Of("Niemand zegt \"ik haat je niet\"?");
        Assert.True(f[4] > 0);
        Assert.True(f[5] > 0);
        Assert.True(f[6] > 0);
    }

    [Fact]
    public void Does_not_count_a_short_insult_inside_an_ordinary_word()
    {
        Assert.Equal(0, Of("de straat wordt opgeknapt")[2]);
    }

    [Fact]
    public void Has_the_declared_length_even_for_empty_text() => Assert.Equal(LexiconFeatures.Count, Of("").Length);
}
