using SocialWatch.Classification.Evaluation;
using SocialWatch.Classification.Normalisation;

namespace SocialWatch.Classification.Tests.Evaluation;

public class VariantGeneratorTests
{
    [Fact]
    public void Disguises_the_longest_word()
    {
        Assert.Equal("jij bent een k l o o t z a k", VariantGenerator.Make("jij bent een klootzak", VariantKind.SpacedLetters));
        Assert.Equal("jij bent een kl007z4k", VariantGenerator.Make("jij bent een klootzak", VariantKind.Leet));
    }

    [Fact]
    public void Leet_and_spacing_variants_normalise_back_to_the_original()
    {
        foreach (var kind in new[] { VariantKind.Leet, VariantKind.SpacedLetters, VariantKind.Capitalisation })
        {
            Assert.Equal(TextNormalizer.Normalize("ik maak die wethouder kapot"), TextNormalizer.Normalize(VariantGenerator.Make("ik maak die wethouder kapot", kind)));
        }
    }

    [Fact]
    public void Dropped_and_swapped_letters_change_one_word_by_one_edit()
    {
        Assert.Equal("jij bent een klotzak".Length, VariantGenerator.Make("jij bent een klootzak", VariantKind.DroppedLetter, 1)!.Length);
        Assert.NotEqual("jij bent een klootzak", VariantGenerator.Make("jij bent een klootzak", VariantKind.SwappedLetters, 2));
    }

    [Fact]
    public void Emoji_stand_ins_replace_known_words_only()
    {
        Assert.Equal("ik haal een 🔫 en je 🏠 gaat in de 🔥", VariantGenerator.Make("ik haal een pistool en je huis gaat in de fik", VariantKind.EmojiStandIn));
        Assert.Null(VariantGenerator.Make("mooi weer vandaag", VariantKind.EmojiStandIn));
    }

    [Fact]
    public void A_neutral_sentence_is_appended()
    {
        Assert.StartsWith("Goed plan. ", VariantGenerator.Make("Goed plan.", VariantKind.NeutralSentence));
    }
}
