using System.Text;
using System.Text.Json;
using SocialWatch.Domain;
using SocialWatch.Sources.Intake;

namespace SocialWatch.Sources.FileDrop;

/// <summary>
/// Imports a JSONL file of posts in batches; each batch is one transaction. Bad lines are collected with their
/// line number and reason and written to an errors file; the good lines still go in.
/// </summary>
public sealed class JsonlFileImporter(PostLineParser parser, IntakePipeline pipeline)
{
    /// <summary>Lines per transaction.</summary>
    public const int BatchSize = 500;

    /// <summary>Imports <paramref name="path"/>; bad lines go to <paramref name="errorsPath"/> when there are any.</summary>
    public async Task<FileImportReport> ImportAsync(string path, string errorsPath, CancellationToken cancellationToken)
    {
        var source = "file";
        var batch = new List<Post>(BatchSize);
        var errors = new List<string>();
        var total = IntakeResult.Empty;
        var lines = 0;

        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                lines++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var parsed = parser.Parse(line);
                if (parsed.Post is null)
                {
                    errors.Add(JsonSerializer.Serialize(new { line = lines, reason = parsed.Error, content = line.Length > 4096 ? line[..4096] : line }));
                    continue;
                }

                batch.Add(parsed.Post);
                if (batch.Count == BatchSize)
                {
                    total = total.Plus(await pipeline.ProcessAsync(source, batch, null, cancellationToken));
                    batch.Clear();
                }
            }
        }

        if (batch.Count > 0)
        {
            total = total.Plus(await pipeline.ProcessAsync(source, batch, null, cancellationToken));
        }

        string? errorsFile = null;
        if (errors.Count > 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(errorsPath))!);
            await File.WriteAllLinesAsync(errorsPath, errors, CancellationToken.None);
            errorsFile = errorsPath;
        }

        return new FileImportReport(path, lines, total.Inserted, total.Duplicates, total.Untargeted, total.Alerts, errors.Count, errorsFile);
    }
}
