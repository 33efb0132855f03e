using System.Globalization;
using SocialWatch.Classification.Corpus;
using SocialWatch.Classification.Model;
using SocialWatch.Worker.Hosting;

namespace SocialWatch.Worker.Cli;

/// <summary><c>compare [--corpus DIR] [--folds K]</c>: cross-validates every trainer on train+validation and prints a table.</summary>
public static class CompareVerb
{
    /// <summary>Runs the verb.</summary>
    public static Task<int> RunAsync(AppHome home, string? corpus, int folds, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        FatalErrors.GuardAsync(stderr, async () =>
        {
            if (folds < 2)
            {
                await stderr.WriteLineAsync("socialwatch compare: --folds must be at least 2");
                return ExitCodes.BadInput;
            }

            var dir = home.Resolve(corpus ?? TrainVerb.DefaultCorpus);
            var examples = CorpusReader.Read(Path.Combine(dir, CorpusReader.TrainFile))
                .Concat(CorpusReader.Read(Path.Combine(dir, CorpusReader.ValidationFile))).ToList();
            await stdout.WriteLineAsync($"{folds}-fold cross-validation on {examples.Count} examples (train + validation; the test split is not used), argmax rule:");
            await stdout.WriteLineAsync("| trainer | macro-F1 | threat recall | false-flag rate |");
            await stdout.WriteLineAsync("|---|---|---|---|");
            foreach (var trainer in Enum.GetValues<TrainerKind>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var r = CrossValidation.Run(examples, trainer, folds);
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"| {trainer} | {r.MacroF1:F3} | {r.ThreatRecall:F3} | {r.FalseFlagRate:P1} |"));
            }

            return ExitCodes.Ok;
        });
}
