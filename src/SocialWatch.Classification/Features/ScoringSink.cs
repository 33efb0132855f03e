using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SocialWatch.Classification.Features;

/// <summary>Adds up the four 16-bit class weights of every occurrence, per block, straight from the weight table.</summary>
internal struct ScoringSink(short[] weights) : IFeatureSink
{
    private Vector128<int> _words;
    private Vector128<int> _chars;
    private Vector128<int> _scope;

    public int WordCount { get; private set; }

    public int CharCount { get; private set; }

    public int ScopeCount { get; private set; }

    public readonly Vector128<int> Words => _words;

    public readonly Vector128<int> Chars => _chars;

    public readonly Vector128<int> Scope => _scope;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(FeatureBlock block, int index)
    {
        // The slot's four shorts are read as one 64-bit value and widened to four ints.
        ref var slot = ref Unsafe.As<short, byte>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(weights), (nint)index * 4));
        var row = Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<long>(ref slot)).AsInt16());
        switch (block)
        {
            case FeatureBlock.Chars:
                _chars += row;
                CharCount++;
                break;
            case FeatureBlock.Words:
                _words += row;
                WordCount++;
                break;
            default:
                _scope += row;
                ScopeCount++;
                break;
        }
    }
}
