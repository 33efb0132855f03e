using System.Runtime.Intrinsics;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using SocialWatch.Classification.Normalisation;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Features;

/// <summary>
/// Scores a text with the weights of a trained maximum-entropy model, without the ML.NET row pipeline:
/// normalise, hash, add up the four class weights of each feature, softmax. Thread-safe and allocation-light;
/// gives the same probabilities as the trainer's own prediction on <see cref="FeatureVector"/>.
/// </summary>
public sealed class HashedLinearModel
{
    private readonly short[] _weights;
    private readonly float _step;
    private readonly Vector128<float>[] _lexicon;
    private readonly Vector128<float> _bias;

    private HashedLinearModel(short[] weights, float step, Vector128<float>[] lexicon, Vector128<float> bias, FeatureSettings settings)
    {
        _weights = weights;
        _step = step;
        _lexicon = lexicon;
        _bias = bias;
        Settings = settings;
    }

    /// <summary>The featuriser settings the weights were trained with.</summary>
    public FeatureSettings Settings { get; }

    /// <summary>
    /// Builds the scorer from trained parameters; class i of the parameters is <see cref="LabelCodes.All"/>[i].
    /// The IDF weights the trainer saw in its vectors are folded into the weight table, which is stored as 16-bit
    /// integers times one step size: a quarter of the memory of floats, so far more of it stays in the CPU cache
    /// (scoring is bound by memory lookups), at a rounding error below 1/65,000 of the largest weight.
    /// </summary>
    public static HashedLinearModel From(LinearMulticlassModelParametersBase parameters, FeatureSettings settings, IdfTable? idf = null)
    {
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out var classes);
        if (classes != 4)
        {
            throw new InvalidOperationException($"The model has {classes} classes; a SocialWatch model has 4.");
        }

        var dimension = settings.Dimension;
        var full = new float[dimension * 4];
        for (var c = 0; c < 4; c++)
        {
            if (perClass[c].Length != dimension)
            {
                throw new InvalidOperationException($"The model has {perClass[c].Length} features; the card's settings give {dimension}.");
            }

            foreach (var (index, value) in perClass[c].Items())
            {
                full[(index * 4) + c] = idf is null ? value : value * idf.Values[index];
            }
        }

        var lexicon = new Vector128<float>[LexiconFeatures.Count];
        for (var i = 0; i < lexicon.Length; i++)
        {
            lexicon[i] = Vector128.Create(full, i * 4);
        }

        var largest = 0f;
        for (var i = LexiconFeatures.Count * 4; i < full.Length; i++)
        {
            largest = MathF.Max(largest, MathF.Abs(full[i]));
        }

        var step = largest > 0 ? largest / short.MaxValue : 1f;
        var weights = new short[full.Length];
        for (var i = LexiconFeatures.Count * 4; i < full.Length; i++)
        {
            weights[i] = (short)MathF.Round(full[i] / step);
        }

        var biases = parameters.GetBiases().ToArray();
        return new HashedLinearModel(weights, step, lexicon, Vector128.Create(biases[0], biases[1], biases[2], biases[3]), settings);
    }

    /// <summary>Probabilities for a raw text.</summary>
    public LabelScores Score(string? rawText) => Softmax(Logits(rawText));

    /// <summary>
    /// Log-odds of one label, log(p / (1 - p)), computed from the raw scores so that it stays exact where the
    /// probability rounds to 1.
    /// </summary>
    public float LogOdds(string? rawText, Label label)
    {
        var logits = Logits(rawText);
        var index = (int)label;
        var others = float.NegativeInfinity;
        for (var i = 0; i < 4; i++)
        {
            if (i != index)
            {
                others = LogAddExp(others, logits[i]);
            }
        }

        return logits[index] - others;
    }

    private static float LogAddExp(float a, float b)
    {
        if (float.IsNegativeInfinity(a))
        {
            return b;
        }

        var max = MathF.Max(a, b);
        return max + MathF.Log(MathF.Exp(a - max) + MathF.Exp(b - max));
    }

    private Vector128<float> Logits(string? rawText)
    {
        var normalized = TextNormalizer.Normalize(rawText);
        Span<float> lexicon = stackalloc float[LexiconFeatures.Count];
        LexiconFeatures.Compute(normalized, lexicon);

        var sink = new ScoringSink(_weights);
        TextFeaturizer.Extract(normalized, Settings, ref sink);

        var total = _bias
            + (Vector128.ConvertToSingle(sink.Words) * (_step * FeatureVector.BlockScale(Settings.WordWeight, sink.WordCount)))
            + (Vector128.ConvertToSingle(sink.Chars) * (_step * FeatureVector.BlockScale(Settings.CharWeight, sink.CharCount)))
            + (Vector128.ConvertToSingle(sink.Scope) * (_step * FeatureVector.BlockScale(Settings.ScopeWeight, sink.ScopeCount)));
        for (var i = 0; i < lexicon.Length; i++)
        {
            total += _lexicon[i] * lexicon[i];
        }

        return total;
    }

    private static LabelScores Softmax(Vector128<float> logits)
    {
        var max = MathF.Max(MathF.Max(logits[0], logits[1]), MathF.Max(logits[2], logits[3]));
        var e0 = MathF.Exp(logits[0] - max);
        var e1 = MathF.Exp(logits[1] - max);
        var e2 = MathF.Exp(logits[2] - max);
        var e3 = MathF.Exp(logits[3] - max);
        var sum = e0 + e1 + e2 + e3;
        return new LabelScores(e0 / sum, e1 / sum, e2 / sum, e3 / sum);
    }
}
