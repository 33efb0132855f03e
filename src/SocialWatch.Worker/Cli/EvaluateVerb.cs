using System.Text.Json;
using SocialWatch.Classification.Corpus;
using SocialWatch.Classification.Model;
using SocialWatch.Worker.Hosting;

namespace SocialWatch.Worker.Cli;

/// <summary><c>evaluate --data FILE.jsonl [--model FILE] [--json]</c>: per-class precision/recall/F1, macro-F1, confusion matrix.</summary>
public static class EvaluateVerb
{
    /// <summary>Runs the verb.</summary>
    public static Task<int> RunAsync(AppHome home, string data, string? model, bool json, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        FatalErrors.GuardAsync(stderr, async () =>
        {
            if (!File.Exists(data))
            {
                await stderr.WriteLineAsync($"socialwatch evaluate: no such file: {data}");
                return ExitCodes.BadInput;
            }

            var examples = CorpusReader.Read(data);
            var classifier = TextClassifier.Load(home.Resolve(model ?? TrainVerb.DefaultModel));
            cancellationToken.ThrowIfCancellationRequested();
            var summary = ModelTrainer.Evaluate(ModelTrainer.ScoreAll(classifier, examples), classifier.Thresholds);
            if (json)
            {
                await stdout.WriteLineAsync(JsonSerializer.Serialize(new { model = classifier.ModelVersion, thresholds = classifier.Thresholds, metrics = summary }));
            }
            else
            {
                await stdout.WriteLineAsync($"model {classifier.ModelVersion}, thresholds {classifier.Thresholds}");
                await stdout.WriteAsync(summary.ToTable());
            }

            return ExitCodes.Ok;
        });
}
