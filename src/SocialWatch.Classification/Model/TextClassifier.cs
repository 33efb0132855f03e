using System.Collections.Concurrent;
using Microsoft.ML;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>
/// The shipped model behind <see cref="ITextClassifier"/>. Prediction engines are not thread-safe,
/// so each call borrows one from a small pool.
/// </summary>
public sealed class TextClassifier : ITextClassifier
{
    private readonly MLContext _ml = new(seed: 1);
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ModelOutput>> _engines = [];
    private readonly TimeProvider _time;

    private TextClassifier(ITransformer model, ModelCard card, DecisionThresholds thresholds, TimeProvider time)
    {
        _model = model;
        Card = card;
        Thresholds = thresholds;
        _time = time;
    }

    /// <summary>The model's metadata.</summary>
    public ModelCard Card { get; }

    /// <summary>The decision rule in force.</summary>
    public DecisionThresholds Thresholds { get; }

    /// <inheritdoc />
    public string ModelVersion => Card.Version;

    /// <summary>
    /// Loads a model zip and its card. Throws <see cref="ModelLoadException"/> naming the file when either is
    /// missing or corrupt. Without <paramref name="thresholds"/> the card's tuned thresholds apply.
    /// </summary>
    public static TextClassifier Load(string modelPath, DecisionThresholds? thresholds = null, TimeProvider? time = null)
    {
        if (!File.Exists(modelPath))
        {
            throw new ModelLoadException(modelPath, "the file does not exist");
        }

        var cardPath = ModelCard.PathFor(modelPath);
        if (!File.Exists(cardPath))
        {
            throw new ModelLoadException(cardPath, "the model card next to the model does not exist");
        }

        var card = ModelCard.Read(cardPath);
        ITransformer model;
        try
        {
            model = new MLContext(seed: 1).Model.Load(modelPath, out _);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelLoadException(modelPath, $"the file is not a readable ML.NET model ({e.GetType().Name}: {e.Message})", e);
        }

        var classifier = new TextClassifier(model, card, thresholds ?? card.Thresholds, time ?? TimeProvider.System);
        try
        {
            classifier.Score("controle");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ModelLoadException)
        {
            throw new ModelLoadException(modelPath, $"the model does not fit SocialWatch's schema ({e.Message})", e);
        }

        return classifier;
    }

    /// <summary>The same loaded model with another decision rule (no second load from disk).</summary>
    public TextClassifier WithThresholds(DecisionThresholds thresholds) =>
        thresholds == Thresholds ? this : new TextClassifier(_model, Card, thresholds, _time);

    /// <summary>Builds a classifier around an in-memory model (used by training and evaluation).</summary>
    public static TextClassifier FromTransformer(ITransformer model, ModelCard card, DecisionThresholds thresholds) =>
        new(model, card, thresholds, TimeProvider.System);

    /// <summary>Probabilities for a raw text.</summary>
    public LabelScores Score(string? text) => ScoreInput(ModelInput.From(text));

    /// <summary>Probabilities for prepared input.</summary>
    public LabelScores ScoreInput(ModelInput input)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(_model);
        }

        try
        {
            return ModelSchema.ToScores(engine.Predict(input).Score);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>
    /// Scores many texts in one streaming pass through the ML.NET pipeline (no per-call engine overhead).
    /// Lazily evaluated; memory does not grow with the number of texts.
    /// </summary>
    public IEnumerable<LabelScores> ScoreBatch(IEnumerable<string> texts)
    {
        var data = _ml.Data.LoadFromEnumerable(texts.Select(t => ModelInput.From(t)));
        foreach (var row in _ml.Data.CreateEnumerable<ModelOutput>(_model.Transform(data), reuseRowObject: true))
        {
            yield return ModelSchema.ToScores(row.Score);
        }
    }

    /// <inheritdoc />
    public Verdict Classify(string text, bool explain = true)
    {
        var scores = Score(text);
        var label = Thresholds.Decide(scores);
        var evidence = explain ? OcclusionExplainer.Explain(text, label, scores, Score) : [];
        return new Verdict(label, scores, ModelVersion, _time.GetUtcNow().UtcDateTime, evidence);
    }
}
