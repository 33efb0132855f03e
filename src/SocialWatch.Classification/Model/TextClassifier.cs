using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using SocialWatch.Classification.Features;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Model;

/// <summary>
/// The shipped model behind <see cref="ITextClassifier"/>. A maximum-entropy model is scored directly from its
/// weights (<see cref="HashedLinearModel"/>); any other trainer's model goes through pooled ML.NET prediction engines,
/// which are not thread-safe on their own.
/// </summary>
public sealed class TextClassifier : ITextClassifier
{
    private readonly MLContext _ml = new(seed: 1);
    private readonly ITransformer _model;
    private readonly HashedLinearModel? _linear;
    private readonly IdfTable? _idf;
    private readonly ConcurrentBag<PredictionEngine<FeatureRow, ModelOutput>> _engines = [];
    private readonly TimeProvider _time;

    private TextClassifier(ITransformer model, HashedLinearModel? linear, IdfTable? idf, ModelCard card, DecisionThresholds thresholds, TimeProvider time)
    {
        _model = model;
        _linear = linear;
        _idf = idf;
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

    private FeatureSettings Features => (Card.Settings ?? PipelineSettings.Default).Features;

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
        IdfTable? idf;
        try
        {
            model = new MLContext(seed: 1).Model.Load(modelPath, out _);
            idf = ModelArchive.ReadIdf(modelPath, (card.Settings ?? PipelineSettings.Default).Features);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelLoadException(modelPath, $"the file is not a readable ML.NET model ({e.GetType().Name}: {e.Message})", e);
        }

        try
        {
            var classifier = FromTransformer(model, card, thresholds ?? card.Thresholds, idf, time);
            classifier.Score("controle");
            return classifier;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ModelLoadException)
        {
            throw new ModelLoadException(modelPath, $"the model does not fit SocialWatch's schema or its card ({e.Message})", e);
        }
    }

    /// <summary>The same loaded model with another decision rule (no second load from disk).</summary>
    public TextClassifier WithThresholds(DecisionThresholds thresholds) =>
        thresholds == Thresholds ? this : new TextClassifier(_model, _linear, _idf, Card, thresholds, _time);

    /// <summary>Builds a classifier around an in-memory model (used by training and evaluation).</summary>
    public static TextClassifier FromTransformer(ITransformer model, ModelCard card, DecisionThresholds thresholds, IdfTable? idf, TimeProvider? time = null)
    {
        var features = (card.Settings ?? PipelineSettings.Default).Features;
        var linear = FindLinear(model) is { } parameters ? HashedLinearModel.From(parameters, features, idf) : null;
        return new TextClassifier(model, linear, idf, card, thresholds, time ?? TimeProvider.System);
    }

    /// <summary>Probabilities for a raw text.</summary>
    public LabelScores Score(string? text) => _linear?.Score(text) ?? ScoreWithEngine(text);

    /// <summary>Scores many texts lazily, one at a time; memory does not grow with the number of texts.</summary>
    public IEnumerable<LabelScores> ScoreBatch(IEnumerable<string> texts) => texts.Select(Score);

    /// <inheritdoc />
    public Verdict Classify(string text, bool explain = true)
    {
        var scores = Score(text);
        var label = Thresholds.Decide(scores);
        var evidence = explain ? OcclusionExplainer.Explain(text, t => LogOdds(t, label)) : [];
        return new Verdict(label, scores, ModelVersion, _time.GetUtcNow().UtcDateTime, evidence);
    }

    /// <summary>The log-odds of <paramref name="label"/> for a raw text, from the raw scores when the model gives them.</summary>
    public float LogOdds(string? text, Label label) =>
        _linear?.LogOdds(text, label) ?? OcclusionExplainer.LogOdds(ScoreWithEngine(text)[label]);

    private LabelScores ScoreWithEngine(string? text)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<FeatureRow, ModelOutput>(_model, inputSchemaDefinition: FeatureRow.Schema(Features));
        }

        try
        {
            return ModelSchema.ToScores(engine.Predict(FeatureRow.From(text, Features, _idf)).Score);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static LinearMulticlassModelParametersBase? FindLinear(ITransformer model) => model switch
    {
        TransformerChain<ITransformer> chain => chain.Reverse().Select(FindLinear).FirstOrDefault(p => p is not null),
        IPredictionTransformer<object> prediction => prediction.Model as MaximumEntropyModelParameters,
        _ => null,
    };
}
