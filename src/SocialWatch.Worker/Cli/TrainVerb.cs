using System.Globalization;
using SocialWatch.Classification.Corpus;
using SocialWatch.Classification.Model;
using SocialWatch.Worker.Hosting;

namespace SocialWatch.Worker.Cli;

/// <summary>
/// <c>train [--corpus DIR] [--out FILE] [--trainer NAME] [--force]</c>: trains on train.jsonl, tunes thresholds on
/// validation.jsonl, measures on test.jsonl, and refuses to replace a model that scores better on the test split.
/// </summary>
public static class TrainVerb
{
    /// <summary>Default corpus folder.</summary>
    public const string DefaultCorpus = "models/corpus";

    /// <summary>Default model file.</summary>
    public const string DefaultModel = "models/socialwatch-nl.zip";

    /// <summary>Runs the verb.</summary>
    public static Task<int> RunAsync(AppHome home, string? corpus, string? output, TrainerKind trainer, bool force,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        FatalErrors.GuardAsync(stderr, async () =>
        {
            var dir = home.Resolve(corpus ?? DefaultCorpus);
            var files = new[] { CorpusReader.TrainFile, CorpusReader.ValidationFile, CorpusReader.TestFile }.Select(f => Path.Combine(dir, f)).ToArray();
            if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
            {
                await stderr.WriteLineAsync($"socialwatch train: corpus file {missing} is missing (needs train.jsonl, validation.jsonl and test.jsonl)");
                return ExitCodes.BadInput;
            }

            var target = home.Resolve(output ?? DefaultModel);
            var (train, validation, test) = (CorpusReader.Read(files[0]), CorpusReader.Read(files[1]), CorpusReader.Read(files[2]));
            await stdout.WriteLineAsync($"Training {trainer} on {train.Count} examples (validation {validation.Count}, test {test.Count}) ...");
            cancellationToken.ThrowIfCancellationRequested();
            var result = ModelTrainer.Train(train, validation, test, trainer, CorpusReader.Hash(files), TimeProvider.System);
            await stdout.WriteLineAsync($"Thresholds tuned on validation: {result.Card.Thresholds}");
            await stdout.WriteLineAsync("Test split:");
            await stdout.WriteAsync(result.Card.TestMetrics!.ToTable());

            if (!force && File.Exists(target) && File.Exists(ModelCard.PathFor(target)))
            {
                TextClassifier current;
                try
                {
                    current = TextClassifier.Load(target);
                }
                catch (ModelLoadException e)
                {
                    await stderr.WriteLineAsync($"socialwatch train: the current model cannot be compared, so it was not replaced: {e.Message} Use --force to replace it.");
                    return ExitCodes.Failure;
                }

                var currentScore = ModelTrainer.Evaluate(ModelTrainer.ScoreAll(current, test), current.Thresholds).MacroF1;
                if (result.Card.TestMetrics.MacroF1 < currentScore)
                {
                    await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"socialwatch train: the new model scores macro-F1 {result.Card.TestMetrics.MacroF1:F3} on the test split, the current {target} scores {currentScore:F3}; not replaced (use --force to replace anyway)."));
                    return ExitCodes.Failure;
                }
            }

            result.Save(target);
            await stdout.WriteLineAsync($"Saved {target} (version {result.Card.Version}) and {ModelCard.PathFor(target)}");
            return ExitCodes.Ok;
        });
}
