namespace SocialWatch.Classification.Normalisation;

/// <summary>
/// Finds at which positions of a text any of a few dozen stems starts. A 64K-entry filter on the first three
/// characters rejects almost every position in a few instructions; only positions that pass are compared with
/// the stems. Much faster than a general multi-string search for this small, fixed list.
/// </summary>
internal sealed class StemIndex
{
    private const int FilterSize = 1 << 16;
    private readonly bool[] _filter = new bool[FilterSize];
    private readonly string[] _stems;

    public StemIndex(IEnumerable<string> stems)
    {
        _stems = [.. stems];
        foreach (var stem in _stems)
        {
            if (stem.Length < 3)
            {
                throw new ArgumentException($"Stem '{stem}' is shorter than three characters.", nameof(stems));
            }

            _filter[Key(stem[0], stem[1], stem[2])] = true;
        }
    }

    /// <summary>The number of positions in <paramref name="text"/> at which at least one stem starts.</summary>
    public int CountStarts(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (_filter[Key(text[i], text[i + 1], text[i + 2])] && StartsWithAny(text[i..]))
            {
                count++;
            }
        }

        return count;
    }

    private bool StartsWithAny(ReadOnlySpan<char> text)
    {
        foreach (var stem in _stems)
        {
            if (text.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int Key(char a, char b, char c) => (int)((((a * 31u) + b) * 31u) + c) & (FilterSize - 1);
}
