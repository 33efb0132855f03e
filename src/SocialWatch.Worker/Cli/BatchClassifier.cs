using System.Text.Json;
using System.Text.Json.Nodes;
using SocialWatch.Domain;

namespace SocialWatch.Worker.Cli;

/// <summary>
/// The batch contract: each input line is a JSON object with at least <c>text</c>; the output line is the same
/// object plus <c>label</c>, <c>scores</c> and <c>model</c>. Lines that cannot be used are written with an
/// <c>error</c> field and reported with their number. Streams line by line: memory does not grow with the input.
/// </summary>
public sealed class BatchClassifier(ITextClassifier classifier, bool explain)
{
    /// <summary>Longest accepted input line, in characters.</summary>
    public const int MaxLineChars = 256 * 1024;

    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>Classifies every line; returns the number of bad lines.</summary>
    public async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var bad = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (result, error) = Classify(line, lineNumber);
            if (error is not null)
            {
                bad++;
                await errors.WriteLineAsync($"line {lineNumber}: {error}");
            }

            await output.WriteLineAsync(result.ToJsonString(Compact));
        }

        await output.FlushAsync(cancellationToken);
        return bad;
    }

    private (JsonObject Result, string? Error) Classify(string line, int lineNumber)
    {
        if (line.Length > MaxLineChars)
        {
            return Failed(lineNumber, $"line longer than {MaxLineChars} characters");
        }

        JsonObject? item;
        try
        {
            item = JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException e)
        {
            return Failed(lineNumber, $"not valid JSON: {e.Message}");
        }

        if (item is null)
        {
            return Failed(lineNumber, "not a JSON object");
        }

        if (item["text"] is not JsonValue textValue || !textValue.TryGetValue<string>(out var text))
        {
            item["error"] = "missing 'text' (a string)";
            return (item, "missing 'text' (a string)");
        }

        var verdict = classifier.Classify(text, explain);
        item["label"] = verdict.Label.ToCode();
        item["scores"] = new JsonObject
        {
            ["none"] = verdict.Scores.None,
            ["grey"] = verdict.Scores.Grey,
            ["abusive"] = verdict.Scores.Abusive,
            ["threat"] = verdict.Scores.Threat,
        };
        item["model"] = verdict.ModelVersion;
        if (explain)
        {
            item["evidence"] = new JsonArray(verdict.Evidence.Select(e => (JsonNode)new JsonObject
            {
                ["start"] = e.Start,
                ["length"] = e.Length,
                ["text"] = e.Text,
                ["weight"] = e.Weight,
            }).ToArray());
        }

        return (item, null);
    }

    private static (JsonObject, string) Failed(int lineNumber, string error) =>
        (new JsonObject { ["line"] = lineNumber, ["error"] = error }, error);
}
