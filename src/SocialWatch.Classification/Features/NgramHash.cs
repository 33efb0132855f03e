using System.Runtime.CompilerServices;

namespace SocialWatch.Classification.Features;

/// <summary>FNV-1a over characters with a murmur finaliser; fixed seeds keep hashes stable across runs and machines.</summary>
internal static class NgramHash
{
    public const uint CharSeed = 2166136261u;
    public const uint WordSeed = 0x9E3779B9u;
    public const uint BigramSeed = 0x85EBCA6Bu;
    public const uint TrigramSeed = 0xC2B2AE35u;
    public const uint QuotedSeed = 0x27D4EB2Fu;
    public const uint NegatedSeed = 0x165667B1u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Finish(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint a, uint b) => Finish((a * 31u) ^ b ^ (a >> 7));

    public static uint Word(ReadOnlySpan<char> word)
    {
        var h = CharSeed;
        foreach (var c in word)
        {
            h = Step(h, c);
        }

        return Finish(h);
    }
}
