using SocialWatch.Classification.Features;

namespace SocialWatch.Classification.Tests.Features;

public class IdfTableTests
{
    private static readonly FeatureSettings Small = new() { HashBits = 10 };

    [Fact]
    public void Rare_ngrams_weigh_more_than_common_ones()
    {
        var idf = IdfTable.Fit(["de wethouder", "de burgemeester", "de dijkgraaf", "de raad kwetst"], Small);
        var common = Slot("de", Small);
        var rare = Slot("kwetst", Small);

        Assert.True(idf.Values[rare] > idf.Values[common]);
    }

    [Fact]
    public void A_table_reads_back_as_written_and_refuses_other_settings()
    {
        var idf = IdfTable.Fit(["een bericht", "nog een bericht"], Small);
        using var stream = new MemoryStream();
        idf.Write(stream);

        stream.Position = 0;
        Assert.Equal(idf.Values, IdfTable.Read(stream, Small).Values);
        stream.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => IdfTable.Read(stream, new FeatureSettings { HashBits = 11 }));
        Assert.Contains("slots", e.Message);
    }

    private static int Slot(string word, FeatureSettings settings)
    {
        var sink = new FirstWordSink();
        TextFeaturizer.Extract(word, settings, ref sink);
        return sink.Index;
    }

    private struct FirstWordSink : IFeatureSink
    {
        public int Index { get; private set; }

        public void Add(FeatureBlock block, int index)
        {
            if (block == FeatureBlock.Words && Index == 0)
            {
                Index = index;
            }
        }
    }
}
