using SocialWatch.Domain;

namespace SocialWatch.Tests.Support;

/// <summary>The real classifier, with a shutdown requested after a given number of messages.</summary>
public sealed class CancellingClassifier(ITextClassifier inner, CancellationTokenSource shutdown, int cancelAfter) : ITextClassifier
{
    private int _calls;

    public string ModelVersion => inner.ModelVersion;

    public Verdict Classify(string text, bool explain = true)
    {
        if (Interlocked.Increment(ref _calls) == cancelAfter)
        {
            shutdown.Cancel();
        }

        return inner.Classify(text, explain);
    }
}
