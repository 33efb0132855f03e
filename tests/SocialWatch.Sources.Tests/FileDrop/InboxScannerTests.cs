using SocialWatch.Sources.FileDrop;
using SocialWatch.Sources.Intake;
using SocialWatch.Tests.Support;

namespace SocialWatch.Sources.Tests.FileDrop;

public class InboxScannerTests
{
    private static InboxScanner Scanner(IntakeRig rig) => new(rig.Importer, rig.Time, rig.Dir.File("inbox"), TimeSpan.FromSeconds(5));

    [Fact]
    public async Task A_settled_file_is_imported_and_moved_to_done()
    {
        using var rig = await IntakeRig.CreateAsync();
        var scanner = Scanner(rig);
        Directory.CreateDirectory(scanner.Inbox);
        var file = Path.Combine(scanner.Inbox, "feed.jsonl");
        await File.WriteAllLinesAsync(file, [Lines.Post("1", "@PJansenWeth hoi", mentions: ["PJansenWeth"])]);
        File.SetLastWriteTimeUtc(file, rig.Time.GetUtcNow().UtcDateTime.AddMinutes(-1));

        var reports = await scanner.ScanAsync(CancellationToken.None);

        Assert.Single(reports);
        Assert.False(File.Exists(file));
        Assert.True(File.Exists(Path.Combine(scanner.Inbox, "done", "feed.jsonl")));
        Assert.False(Directory.Exists(Path.Combine(scanner.Inbox, "failed")));
    }

    [Fact]
    public async Task A_file_still_being_written_is_not_picked_up_half_way()
    {
        using var rig = await IntakeRig.CreateAsync();
        var scanner = Scanner(rig);
        Directory.CreateDirectory(scanner.Inbox);
        var file = Path.Combine(scanner.Inbox, "growing.jsonl");
        await File.WriteAllTextAsync(file, Lines.Post("1", "@PJansenWeth eerste", mentions: ["PJansenWeth"]) + "\n{\"platform\":\"x\",\"id\":\"2\",\"te");
        File.SetLastWriteTimeUtc(file, rig.Time.GetUtcNow().UtcDateTime.AddSeconds(-1));

        var early = await scanner.ScanAsync(CancellationToken.None);

        Assert.Empty(early);
        Assert.True(File.Exists(file));
        Assert.Equal(0, await rig.CountAsync("SELECT count(*) FROM posts"));

        await File.AppendAllTextAsync(file, "xt\":\"@PJansenWeth tweede\",\"created_at\":\"2026-11-20T08:00:00Z\"}\n");
        File.SetLastWriteTimeUtc(file, rig.Time.GetUtcNow().UtcDateTime.AddSeconds(-10));
        var later = await scanner.ScanAsync(CancellationToken.None);

        Assert.Equal((2, 0), (later.Single().Inserted, later.Single().BadLines));
    }

    [Fact]
    public async Task A_file_with_bad_lines_moves_to_done_and_its_bad_lines_to_failed()
    {
        using var rig = await IntakeRig.CreateAsync();
        var scanner = Scanner(rig);
        Directory.CreateDirectory(scanner.Inbox);
        var file = Path.Combine(scanner.Inbox, "part.jsonl");
        await File.WriteAllLinesAsync(file, [Lines.Post("1", "@PJansenWeth hoi", mentions: ["PJansenWeth"]), "kapot"]);
        File.SetLastWriteTimeUtc(file, rig.Time.GetUtcNow().UtcDateTime.AddMinutes(-1));

        await scanner.ScanAsync(CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(scanner.Inbox, "done", "part.jsonl")));
        Assert.Contains("\"line\":2", await File.ReadAllTextAsync(Path.Combine(scanner.Inbox, "failed", "part.errors.jsonl")));
    }

    [Fact]
    public async Task A_second_file_with_the_same_name_does_not_overwrite_the_first_in_done()
    {
        using var rig = await IntakeRig.CreateAsync();
        var scanner = Scanner(rig);
        Directory.CreateDirectory(scanner.Inbox);
        var file = Path.Combine(scanner.Inbox, "daily.jsonl");
        foreach (var id in new[] { "1", "2" })
        {
            await File.WriteAllLinesAsync(file, [Lines.Post(id, "@PJansenWeth hoi " + id, mentions: ["PJansenWeth"])]);
            File.SetLastWriteTimeUtc(file, rig.Time.GetUtcNow().UtcDateTime.AddMinutes(-1));
            await scanner.ScanAsync(CancellationToken.None);
            rig.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(2, Directory.GetFiles(Path.Combine(scanner.Inbox, "done")).Length);
    }

    [Fact]
    public async Task A_shutdown_mid_file_keeps_the_file_and_the_next_scan_completes_it_without_duplicates()
    {
        using var rig = await IntakeRig.CreateAsync();
        var inbox = rig.Dir.File("inbox");
        Directory.CreateDirectory(inbox);
        var file = Path.Combine(inbox, "big.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(1, 1200).Select(i => Lines.Post(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"@PJansenWeth vraag nummer {i} over de OZB", mentions: ["PJansenWeth"])));
        File.SetLastWriteTimeUtc(file, rig.Time.GetUtcNow().UtcDateTime.AddMinutes(-1));
        using var shutdown = new CancellationTokenSource();
        var interrupted = new InboxScanner(
            new JsonlFileImporter(new PostLineParser(rig.Time), new IntakePipeline(new CancellingClassifier(IntakeRig.SharedClassifier.Value, shutdown, 700), rig.Store, rig.Matcher)),
            rig.Time, inbox, TimeSpan.FromSeconds(5));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => interrupted.ScanAsync(shutdown.Token));

        Assert.True(File.Exists(file));
        Assert.Equal(500, await rig.CountAsync("SELECT count(*) FROM posts"));
        Assert.Equal(500, await rig.CountAsync("SELECT count(*) FROM verdicts"));

        var reports = await Scanner(rig).ScanAsync(CancellationToken.None);

        Assert.Equal((700, 500), (reports.Single().Inserted, reports.Single().Duplicates));
        Assert.Equal(1200, await rig.CountAsync("SELECT count(*) FROM posts"));
        Assert.False(File.Exists(file));
    }
}
