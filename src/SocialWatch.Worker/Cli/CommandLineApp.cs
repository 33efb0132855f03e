using System.CommandLine;
using SocialWatch.Classification.Model;
using SocialWatch.Worker.Hosting;

namespace SocialWatch.Worker.Cli;

/// <summary>The verbs of the one executable. Exit codes: 0 ok, 1 failure, 2 bad input.</summary>
public static class CommandLineApp
{
    /// <summary>Parses and runs; <paramref name="overrides"/> lets tests set configuration without environment variables.</summary>
    public static async Task<int> RunAsync(string[] args, AppHome home, TextWriter stdout, TextWriter stderr,
        IEnumerable<KeyValuePair<string, string?>>? overrides = null, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("SocialWatch: watches public messages aimed at Dutch officials for aggression. Without a verb: run the service.");

        var run = new Command("run", "Run the service: scheduler, file drop, /health and /api/posts (the default).");
        run.SetAction((_, ct) => RunVerb.RunAsync(home, overrides, stderr, ct));
        root.SetAction((_, ct) => RunVerb.RunAsync(home, overrides, stderr, ct));

        var files = new Argument<string[]>("files") { Description = "JSONL files of posts (see README: intake schema).", Arity = ArgumentArity.OneOrMore };
        var import = new Command("import", "Import JSONL files of posts, classify them and register those aimed at officials.") { files };
        import.SetAction((p, ct) => ImportVerb.RunAsync(home, overrides, p.GetValue(files)!, stdout, stderr, ct));

        var text = new Argument<string?>("text") { Description = "A message to classify.", Arity = ArgumentArity.ZeroOrOne };
        var input = new Option<string?>("--input") { Description = "JSONL file, one object with 'text' per line ('-' for stdin)." };
        var output = new Option<string?>("--output") { Description = "JSONL output file (default stdout)." };
        var explain = new Option<bool>("--explain") { Description = "Add evidence spans to each output line (slower)." };
        var classify = new Command("classify", "Classify one text, or a JSONL file with --input/--output.") { text, input, output, explain };
        classify.SetAction((p, ct) => ClassifyVerb.RunAsync(home, overrides, p.GetValue(text), p.GetValue(input), p.GetValue(output), p.GetValue(explain), stdout, stderr, ct));

        var corpus = new Option<string?>("--corpus") { Description = $"Corpus folder with train/validation/test.jsonl (default {TrainVerb.DefaultCorpus})." };
        var outFile = new Option<string?>("--out") { Description = $"Model file to write (default {TrainVerb.DefaultModel})." };
        var trainer = new Option<TrainerKind>("--trainer") { Description = "Trainer to use.", DefaultValueFactory = _ => TrainerKind.LbfgsMaximumEntropy };
        var force = new Option<bool>("--force") { Description = "Replace the model even if the new one scores worse on the test split." };
        var train = new Command("train", "Train the classifier on the corpus and save it with its model card.") { corpus, outFile, trainer, force };
        train.SetAction((p, ct) => TrainVerb.RunAsync(home, p.GetValue(corpus), p.GetValue(outFile), p.GetValue(trainer), p.GetValue(force), stdout, stderr, ct));

        var data = new Option<string>("--data") { Description = "Labelled JSONL file (text, label).", Required = true };
        var model = new Option<string?>("--model") { Description = $"Model file (default {TrainVerb.DefaultModel})." };
        var json = new Option<bool>("--json") { Description = "Machine-readable output." };
        var evaluate = new Command("evaluate", "Measure a model on labelled data: per-class precision/recall/F1, macro-F1, confusion matrix.") { data, model, json };
        evaluate.SetAction((p, ct) => EvaluateVerb.RunAsync(home, p.GetValue(data)!, p.GetValue(model), p.GetValue(json), stdout, stderr, ct));

        var folds = new Option<int>("--folds") { Description = "Number of folds.", DefaultValueFactory = _ => 3 };
        var compare = new Command("compare", "Cross-validate every trainer on train+validation and print the comparison.") { corpus, folds };
        compare.SetAction((p, ct) => CompareVerb.RunAsync(home, p.GetValue(corpus), p.GetValue(folds), stdout, stderr, ct));

        var count = new Option<int>("--count") { Description = "Number of messages.", DefaultValueFactory = _ => 100_000 };
        var benchModel = new Option<string?>("--model") { Description = $"Model file (default {TrainVerb.DefaultModel})." };
        var benchClassify = new Command("classify", "Measure classification speed and memory.") { count, benchModel };
        benchClassify.SetAction((p, ct) => BenchVerb.RunAsync(home, p.GetValue(count), p.GetValue(benchModel), stdout, stderr, ct));
        var bench = new Command("bench", "Benchmarks (measurements, not tests).") { benchClassify };

        var sourcesCheck = new Command("check", "Test every configured source's credentials and reachability.");
        sourcesCheck.SetAction((_, ct) => SourcesCheckVerb.RunAsync(home, overrides, stdout, stderr, ct));
        var sources = new Command("sources", "Platform sources.") { sourcesCheck };

        var migrate = new Command("migrate", "Apply database migrations and exit.");
        migrate.SetAction((_, ct) => MigrateVerb.RunAsync(home, overrides, stdout, stderr, ct));

        foreach (var command in new[] { run, import, classify, train, evaluate, compare, bench, sources, migrate })
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"socialwatch: {error.Message}");
            }

            await stderr.WriteLineAsync("Try 'socialwatch --help'.");
            return ExitCodes.BadInput;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
    }
}
