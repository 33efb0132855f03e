namespace SocialWatch.Domain;

/// <summary>Judges texts. Implementations are thread-safe.</summary>
public interface ITextClassifier
{
    /// <summary>Version of the loaded model.</summary>
    string ModelVersion { get; }

    /// <summary>Classifies one text; with <paramref name="explain"/> the verdict carries evidence spans.</summary>
    Verdict Classify(string text, bool explain = true);
}
