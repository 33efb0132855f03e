using System.Globalization;
using System.Text;
using SocialWatch.Classification.Model;
using SocialWatch.Worker.Hosting;

namespace SocialWatch.Worker.Cli;

/// <summary><c>classify "text"</c> or <c>classify --input IN.jsonl --output OUT.jsonl</c>.</summary>
public static class ClassifyVerb
{
    /// <summary>Runs the verb.</summary>
    public static Task<int> RunAsync(AppHome home, IEnumerable<KeyValuePair<string, string?>>? overrides, string? text, string? input, string? output,
        bool explain, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        FatalErrors.GuardAsync(stderr, async () =>
        {
            if (text is null == (input is null))
            {
                await stderr.WriteLineAsync("socialwatch classify: give either a text or --input FILE (with --output FILE)");
                return ExitCodes.BadInput;
            }

            if (input is not null && !File.Exists(input) && input != "-")
            {
                await stderr.WriteLineAsync($"socialwatch classify: no such file: {input}");
                return ExitCodes.BadInput;
            }

            await using var host = ToolHost.Create(home, overrides);
            var classifier = host.Services.GetRequiredService<TextClassifier>();
            if (text is not null)
            {
                await PrintAsync(classifier, text, stdout);
                return ExitCodes.Ok;
            }

            using var reader = input == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(input!, Encoding.UTF8);
            var writer = output is null or "-" ? stdout : new StreamWriter(output, append: false, new UTF8Encoding(false));
            try
            {
                var bad = await new BatchClassifier(classifier, explain).RunAsync(reader, writer, stderr, cancellationToken);
                return bad > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
            }
            finally
            {
                if (!ReferenceEquals(writer, stdout))
                {
                    await writer.DisposeAsync();
                }
            }
        });

    private static async Task PrintAsync(TextClassifier classifier, string text, TextWriter stdout)
    {
        var verdict = classifier.Classify(text, explain: true);
        var c = CultureInfo.InvariantCulture;
        await stdout.WriteLineAsync($"label:   {verdict.Label.ToString().ToLowerInvariant()}");
        await stdout.WriteLineAsync(string.Create(c,
            $"scores:  none {verdict.Scores.None:F3}  grey {verdict.Scores.Grey:F3}  abusive {verdict.Scores.Abusive:F3}  threat {verdict.Scores.Threat:F3}"));
        await stdout.WriteLineAsync($"model:   {verdict.ModelVersion}");
        foreach (var span in verdict.Evidence)
        {
            await stdout.WriteLineAsync(string.Create(c, $"because: \"{span.Text}\" at {span.Start}..{span.Start + span.Length} (weight {span.Weight:F3})"));
        }
    }
}
