namespace SocialWatch.Sources.FileDrop;

/// <summary>
/// Watches the inbox folder: every settled <c>*.jsonl</c> file is imported and moved to <c>done/</c>;
/// bad lines go to <c>failed/NAME.errors.jsonl</c>. A file still being written (modified within the settle
/// time, or held open by its writer) is left for the next scan.
/// </summary>
public sealed class InboxScanner(JsonlFileImporter importer, TimeProvider time, string inbox, TimeSpan settle)
{
    /// <summary>The inbox folder.</summary>
    public string Inbox { get; } = inbox;

    /// <summary>Imports every ready file; returns one report per file imported.</summary>
    public async Task<IReadOnlyList<FileImportReport>> ScanAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Inbox);
        var reports = new List<FileImportReport>();
        foreach (var path in Directory.EnumerateFiles(Inbox, "*.jsonl").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsSettled(path))
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(path);
            var report = await importer.ImportAsync(path, Path.Combine(Inbox, "failed", name + ".errors.jsonl"), cancellationToken);
            MoveToDone(path);
            reports.Add(report);
        }

        return reports;
    }

    /// <summary>Whether a file has been left alone long enough and nobody holds it open for writing.</summary>
    public bool IsSettled(string path)
    {
        var age = time.GetUtcNow().UtcDateTime - File.GetLastWriteTimeUtc(path);
        if (age < settle)
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void MoveToDone(string path)
    {
        var done = Path.Combine(Inbox, "done");
        Directory.CreateDirectory(done);
        var target = Path.Combine(done, Path.GetFileName(path));
        if (File.Exists(target))
        {
            var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            target = Path.Combine(done, $"{Path.GetFileNameWithoutExtension(path)}.{stamp}.jsonl");
        }

        File.Move(path, target);
    }
}
