using SocialWatch.Classification.Normalisation;

namespace SocialWatch.Classification.Tests.Normalisation;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Wat een KUTBESLUIT", "wat een kutbesluit")]
    [InlineData("Één café, geën idee", "een cafe geen idee")]
    [InlineData("𝐤𝐥𝐨𝐨𝐭𝐳𝐚𝐤", "klootzak")]
    [InlineData("ｋｕｔ", "kut")]
    public void Lowercases_and_folds_unicode_and_diacritics(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("k4nk3rl1jer", "kankerlijer")]
    [InlineData("1k m44k j3 4f", "ik maak je af")]
    [InlineData("5l3t", "slet")]
    [InlineData("h0er", "hoer")]
    [InlineData("kl@@tzak", "klaatzak")]
    [InlineData("$tuk vuil", "stuk vuil")]
    [InlineData("v€rrader", "verrader")]
    [InlineData("7yfuslijer", "tyfuslijer")]
    public void Undoes_leet(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("jij bent een k l o o t z a k", "jij bent een klootzak")]
    [InlineData("k.u.t wethouder", "kut wethouder")]
    [InlineData("t-y-f-u-s lijer", "tyfus lijer")]
    [InlineData("je bent een h o e r !!", "je bent een hoer")]
    public void Joins_spaced_and_dotted_letters(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("kuuuuuut", "kut")]
    [InlineData("klootzaaaaak", "klootzak")]
    [InlineData("neeeee echt niet", "ne echt niet")]
    public void Shortens_stretched_letters(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("🔫🔫 voor de burgemeester", "pistool pistool voor de burgemeester")]
    [InlineData("jij 🐀", "jij rat")]
    [InlineData("🪢 voor verraders", "strop voor verraders")]
    [InlineData("☠️ binnenkort", "doodshoofd binnenkort")]
    [InlineData("💀💀", "doodshoofd doodshoofd")]
    [InlineData("ik weet je 🏠", "ik weet je huis")]
    [InlineData("🖕🏻 wethouder", "middelvinger wethouder")]
    [InlineData("🔪", "mes")]
    [InlineData("💣 op het gemeentehuis", "bom op het gemeentehuis")]
    [InlineData("🤡🤡", "clown clown")]
    [InlineData("🔥 je huis", "vuur je huis")]
    public void Turns_emoji_into_dutch_words(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Drops_emoji_without_meaning()
    {
        Assert.Equal("mooi weer", TextNormalizer.Normalize("mooi weer 🌞🌈"));
    }

    [Theory]
    [InlineData("@wethouder_jansen luister nou", "mentiontoken luister nou")]
    [InlineData("zie https://voorbeeld.nl/raad?id=3 en www.test.nl", "zie urltoken en urltoken")]
    [InlineData("de OZB gaat 12% omhoog, 340 euro", "de ozb gaat numtoken omhoog numtoken euro")]
    [InlineData("@amdewit@social.voorbeeld.nl hoi", "mentiontoken hoi")]
    public void Replaces_mentions_urls_and_numbers_with_placeholders(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("ik haat je niet", "ik haat je niet")]
    [InlineData("Je bent GEEN oplichter", "je bent geen oplichter")]
    [InlineData("nooit meer stemmen op jou", "nooit meer stemmen op jou")]
    public void Keeps_negators(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Marks_quotes_and_questions()
    {
        Assert.Equal("wie schrijft nou citaat ik weet waar je woont citaat vraagteken",
            TextNormalizer.Normalize("Wie schrijft nou \"ik weet waar je woont\"?"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_input_gives_empty_text(string? input) => Assert.Equal(string.Empty, TextNormalizer.Normalize(input));

    [Fact]
    public void Caps_very_long_input()
    {
        var normalized = TextNormalizer.Normalize(string.Concat(Enumerable.Repeat("lang bericht ", 10_000)));
        Assert.True(normalized.Length <= TextNormalizer.MaxInputChars);
    }

    [Fact]
    public void Keeps_ordinary_dutch_untouched_apart_from_case()
    {
        Assert.Equal("de wethouder heeft de parkeertarieven verhoogd", TextNormalizer.Normalize("De wethouder heeft de parkeertarieven verhoogd."));
    }
}
