using SocialWatch.Classification.Normalisation;

namespace SocialWatch.Classification.Features;

/// <summary>
/// Turns normalised text into hashed feature occurrences: character n-grams over the whole text, word n-grams,
/// and scope features for words inside a quotation (quoting usually means condemning) or right after a negator.
/// Written for speed: no allocation, one pass per block; the same code feeds training and scoring.
/// </summary>
public static class TextFeaturizer
{
    /// <summary>Hashed slots start after the dense lexicon features.</summary>
    public const int HashedOffset = LexiconFeatures.Count;

    /// <summary>Reports every feature occurrence of <paramref name="normalized"/> to <paramref name="sink"/>.</summary>
    public static void Extract<TSink>(ReadOnlySpan<char> normalized, FeatureSettings settings, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        if (normalized.IsEmpty)
        {
            return;
        }

        var mask = (1u << settings.HashBits) - 1;
        ExtractChars(normalized, settings, mask, ref sink);
        ExtractWords(normalized, settings, mask, ref sink);
    }

    private static void ExtractChars<TSink>(ReadOnlySpan<char> text, FeatureSettings settings, uint mask, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        // The text is read as " text ", so word starts and ends are n-grams of their own.
        var length = text.Length;
        var min = settings.MinCharNgram;
        var max = settings.MaxCharNgram;
        for (var start = -1; start < length; start++)
        {
            var hash = NgramHash.CharSeed;
            for (var n = 1; n <= max; n++)
            {
                var position = start + n - 1;
                if (position > length)
                {
                    break;
                }

                hash = NgramHash.Step(hash, position < 0 || position == length ? ' ' : text[position]);
                if (n >= min)
                {
                    sink.Add(FeatureBlock.Chars, Slot(NgramHash.Finish(hash), mask));
                }
            }
        }
    }

    private static void ExtractWords<TSink>(ReadOnlySpan<char> text, FeatureSettings settings, uint mask, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        uint previous = 0, beforePrevious = 0;
        var count = 0;
        var inQuote = false;
        var quoteLeft = 0;
        var negationLeft = 0;
        var scope = settings.ScopeWeight > 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            var hash = NgramHash.Word(word);
            sink.Add(FeatureBlock.Words, Slot(NgramHash.Combine(hash, NgramHash.WordSeed), mask));
            if (count >= 1 && settings.MaxWordNgram >= 2)
            {
                sink.Add(FeatureBlock.Words, Slot(NgramHash.Combine(NgramHash.Combine(previous, hash), NgramHash.BigramSeed), mask));
            }

            if (count >= 2 && settings.MaxWordNgram >= 3)
            {
                var trigram = NgramHash.Combine(NgramHash.Combine(beforePrevious, previous), hash);
                sink.Add(FeatureBlock.Words, Slot(NgramHash.Combine(trigram, NgramHash.TrigramSeed), mask));
            }

            if (scope)
            {
                AddScope(word, hash, settings, mask, ref inQuote, ref quoteLeft, ref negationLeft, ref sink);
            }

            beforePrevious = previous;
            previous = hash;
            count++;
        }
    }

    private static void AddScope<TSink>(
        ReadOnlySpan<char> word, uint hash, FeatureSettings settings, uint mask, ref bool inQuote, ref int quoteLeft, ref int negationLeft, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        if (word.SequenceEqual(TextNormalizer.QuoteToken))
        {
            inQuote = !inQuote;
            quoteLeft = settings.QuoteWindow;
        }
        else if (inQuote && quoteLeft-- > 0)
        {
            sink.Add(FeatureBlock.Scope, Slot(NgramHash.Combine(hash, NgramHash.QuotedSeed), mask));
        }

        if (negationLeft > 0)
        {
            negationLeft--;
            sink.Add(FeatureBlock.Scope, Slot(NgramHash.Combine(hash, NgramHash.NegatedSeed), mask));
        }

        if (LexiconFeatures.IsNegator(word))
        {
            negationLeft = settings.NegationWindow;
        }
    }

    private static int Slot(uint hash, uint mask) => HashedOffset + (int)(hash & mask);
}
