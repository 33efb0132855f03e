using System.Diagnostics;
using System.Globalization;
using SocialWatch.Classification.Corpus;
using SocialWatch.Classification.Evaluation;
using SocialWatch.Classification.Model;
using SocialWatch.Worker.Hosting;

namespace SocialWatch.Worker.Cli;

/// <summary>
/// <c>bench classify [--count N] [--model FILE]</c>: measures classification speed on corpus texts and generated
/// variants. Prints messages per second single-threaded (one call per message) and batched (one streaming pass),
/// p50 and p99 latency per message, and the process's peak memory. A measurement, not a test.
/// </summary>
public static class BenchVerb
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    /// <summary>Runs the benchmark.</summary>
    public static Task<int> RunAsync(AppHome home, int count, string? model, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        FatalErrors.GuardAsync(stderr, async () =>
        {
            if (count < 1)
            {
                await stderr.WriteLineAsync("socialwatch bench: --count must be positive");
                return ExitCodes.BadInput;
            }

            var classifier = TextClassifier.Load(home.Resolve(model ?? TrainVerb.DefaultModel));
            var messages = Messages(home, count);
            var c = CultureInfo.InvariantCulture;
            await stdout.WriteLineAsync(string.Create(c, $"model {classifier.ModelVersion}, {messages.Length:N0} messages, {Environment.ProcessorCount} logical cores visible, single thread used"));

            // Warm up until the JIT has promoted the hot loops to optimised code, as in a service that has been running a while.
            var warmUp = Stopwatch.StartNew();
            var warmed = 0;
            while (warmUp.Elapsed < WarmUp)
            {
                classifier.Score(messages[warmed++ % messages.Length]);
            }

            await stdout.WriteLineAsync(string.Create(c, $"warm-up: {warmed:N0} messages in {warmUp.Elapsed.TotalSeconds:F1} s (not counted)"));

            var latencies = new double[messages.Length];
            var total = Stopwatch.StartNew();
            for (var i = 0; i < messages.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = Stopwatch.GetTimestamp();
                classifier.Score(messages[i]);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            total.Stop();
            Array.Sort(latencies);
            await stdout.WriteLineAsync(string.Create(c,
                $"single-threaded: {messages.Length / total.Elapsed.TotalSeconds:N0} messages/s; latency p50 {latencies[latencies.Length / 2]:F3} ms, p99 {latencies[(int)(latencies.Length * 0.99)]:F3} ms"));

            var batch = Stopwatch.StartNew();
            var n = classifier.ScoreBatch(messages).Count();
            batch.Stop();
            await stdout.WriteLineAsync(string.Create(c, $"batched:         {n / batch.Elapsed.TotalSeconds:N0} messages/s ({batch.Elapsed.TotalSeconds:F1} s for {n:N0})"));

            using var process = Process.GetCurrentProcess();
            await stdout.WriteLineAsync(string.Create(c, $"peak memory:     {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB (working set)"));
            return ExitCodes.Ok;
        });

    private static string[] Messages(AppHome home, int count)
    {
        var dir = home.Resolve(TrainVerb.DefaultCorpus);
        var texts = new[] { CorpusReader.TrainFile, CorpusReader.ValidationFile, CorpusReader.TestFile }
            .Select(f => Path.Combine(dir, f)).Where(File.Exists).SelectMany(f => CorpusReader.Read(f)).Select(e => e.Text).ToList();
        if (texts.Count == 0)
        {
            texts.Add("Wanneer gaat het zwembad weer open, wethouder?");
        }

        var kinds = Enum.GetValues<VariantKind>();
        var messages = new string[count];
        for (var i = 0; i < count; i++)
        {
            var text = texts[i % texts.Count];
            var round = i / texts.Count;
            messages[i] = round == 0 ? text : VariantGenerator.Make(text, kinds[(round - 1) % kinds.Length], i) ?? text;
        }

        return messages;
    }
}
