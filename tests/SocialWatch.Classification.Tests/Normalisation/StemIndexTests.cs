using SocialWatch.Classification.Normalisation;

namespace SocialWatch.Classification.Tests.Normalisation;

public class StemIndexTests
{
    private static readonly StemIndex Index = new(["kanker", " rat", "maak je af"]);

    [Fact]
    public void Counts_every_position_where_a_stem_starts()
    {
        Assert.Equal(2, Index.CountStarts(" kankerlijer en kankerhoer "));
        Assert.Equal(1, Index.CountStarts(" ik maak je af "));
    }

    [Fact]
    public void A_stem_with_a_leading_space_only_matches_at_a_word_start()
    {
        Assert.Equal(1, Index.CountStarts(" vuile rat "));
        Assert.Equal(0, Index.CountStarts(" de straat wordt opgeknapt "));
    }

    [Fact]
    public void Text_shorter_than_three_characters_has_no_stems()
    {
        Assert.Equal(0, Index.CountStarts("ra"));
    }

    [Fact]
    public void Stems_shorter_than_three_characters_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new StemIndex(["ok", "kanker"]));
    }
}
