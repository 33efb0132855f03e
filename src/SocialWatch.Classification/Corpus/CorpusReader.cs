using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SocialWatch.Domain;

namespace SocialWatch.Classification.Corpus;

/// <summary>Reads labelled JSONL files and fails loudly, with file and line, on anything malformed.</summary>
public static class CorpusReader
{
    /// <summary>The split files of <c>models/corpus/</c>.</summary>
    public const string TrainFile = "train.jsonl";

    /// <summary>Tuning split.</summary>
    public const string ValidationFile = "validation.jsonl";

    /// <summary>Held-back split, never trained or tuned on.</summary>
    public const string TestFile = "test.jsonl";

    /// <summary>Reads one JSONL file.</summary>
    public static IReadOnlyList<CorpusExample> Read(string path)
    {
        var examples = new List<CorpusExample>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            CorpusExample? example;
            try
            {
                example = JsonSerializer.Deserialize<CorpusExample>(line);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not valid JSON ({e.Message})", e);
            }

            if (example is null || string.IsNullOrWhiteSpace(example.Text) || !LabelCodes.TryParse(example.Label, out _))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: needs a non-empty 'text' and a 'label' of none, grey, abusive or threat");
            }

            examples.Add(example);
        }

        return examples;
    }

    /// <summary>Lower-case hex SHA-256 over the given files' bytes, in the order given.</summary>
    public static string Hash(IEnumerable<string> paths)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path)));
            sha.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
