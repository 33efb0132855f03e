using System.Text.Json;
using SocialWatch.Tests.Support;

namespace SocialWatch.Sources.Tests.FileDrop;

public class JsonlFileImporterTests
{
    [Fact]
    public async Task Importing_the_same_file_twice_inserts_nothing_twice()
    {
        using var rig = await IntakeRig.CreateAsync();
        var file = rig.Dir.File("feed.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            Lines.Post("1", "@PJansenWeth wanneer komt het fietspad?", mentions: ["PJansenWeth"]),
            Lines.Post("2", "burgemeester Öztürk, ik weet waar je woont en ik kom je halen", platform: "bluesky"),
            Lines.Post("3", "mooie zonsondergang vandaag"),
        ]);

        var first = await rig.Importer.ImportAsync(file, rig.Dir.File("errors.jsonl"), CancellationToken.None);
        var second = await rig.Importer.ImportAsync(file, rig.Dir.File("errors.jsonl"), CancellationToken.None);

        Assert.Equal((2, 0, 1), (first.Inserted, first.Duplicates, first.Untargeted));
        Assert.Equal((0, 2, 1), (second.Inserted, second.Duplicates, second.Untargeted));
        Assert.Equal(2, await rig.CountAsync("SELECT count(*) FROM posts"));
        Assert.Equal(2, await rig.CountAsync("SELECT count(*) FROM verdicts"));
    }

    [Fact]
    public async Task Bad_lines_are_kept_with_line_number_and_reason_and_good_lines_still_go_in()
    {
        using var rig = await IntakeRig.CreateAsync();
        var file = rig.Dir.File("mixed.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            Lines.Post("1", "@PJansenWeth goed plan", mentions: ["PJansenWeth"]),
            "{ dit is geen json",
            "{\"platform\":\"x\",\"id\":\"7\",\"created_at\":\"2026-11-20T08:00:00Z\"}",
            "",
            Lines.Post("2", "wethouder Jansen, dank voor de uitleg"),
        ]);
        var errors = rig.Dir.File("failed/mixed.errors.jsonl");

        var report = await rig.Importer.ImportAsync(file, errors, CancellationToken.None);

        Assert.Equal((2, 2), (report.Inserted, report.BadLines));
        var kept = (await File.ReadAllLinesAsync(errors)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([2, 3], kept.Select(k => k.GetProperty("line").GetInt32()));
        Assert.Contains("not valid JSON", kept[0].GetProperty("reason").GetString());
        Assert.Contains("'text' is missing", kept[1].GetProperty("reason").GetString());
        Assert.Equal("{ dit is geen json", kept[0].GetProperty("content").GetString());
    }

    [Fact]
    public async Task Posts_aimed_at_nobody_are_counted_but_not_stored()
    {
        using var rig = await IntakeRig.CreateAsync();
        var file = rig.Dir.File("chatter.jsonl");
        await File.WriteAllLinesAsync(file, [Lines.Post("1", "wat een weer"), Lines.Post("2", "de markt is gezellig")]);

        var report = await rig.Importer.ImportAsync(file, rig.Dir.File("e.jsonl"), CancellationToken.None);

        Assert.Equal((0, 2), (report.Inserted, report.Untargeted));
        Assert.Equal(0, await rig.CountAsync("SELECT count(*) FROM posts"));
        Assert.Equal(2, await rig.CountAsync("SELECT untargeted FROM source_state WHERE source = 'file'"));
    }

    [Fact]
    public async Task A_reply_to_an_officials_earlier_post_is_matched_by_reply()
    {
        using var rig = await IntakeRig.CreateAsync();
        var first = rig.Dir.File("a.jsonl");
        await File.WriteAllLinesAsync(first, [Lines.Post("100", "Vandaag start de bomenkap aan de Dorpsstraat.", author: "PJansenWeth")]);
        var second = rig.Dir.File("b.jsonl");
        await File.WriteAllLinesAsync(second, [Lines.Post("101", "waarom dan??", inReplyTo: "100")]);

        await rig.Importer.ImportAsync(first, rig.Dir.File("e1.jsonl"), CancellationToken.None);
        var report = await rig.Importer.ImportAsync(second, rig.Dir.File("e2.jsonl"), CancellationToken.None);

        Assert.Equal(1, report.Inserted);
        Assert.Equal(1, await rig.CountAsync("SELECT count(*) FROM post_targets WHERE how = 'reply'"));
        Assert.Equal(0, await rig.CountAsync("SELECT count(*) FROM posts WHERE external_id = '100'"));
    }

    [Fact]
    public async Task A_threat_is_registered_with_its_verdict_evidence_and_an_outbox_alert()
    {
        using var rig = await IntakeRig.CreateAsync();
        var file = rig.Dir.File("t.jsonl");
        await File.WriteAllLinesAsync(file, [Lines.Post("9", "@PJansenWeth ik maak je af, ik weet waar je woont 🔪", mentions: ["PJansenWeth"])]);

        var report = await rig.Importer.ImportAsync(file, rig.Dir.File("e.jsonl"), CancellationToken.None);

        Assert.Equal(1, report.Alerts);
        Assert.Equal(1, await rig.CountAsync("SELECT count(*) FROM verdicts WHERE label = 'threat' AND evidence LIKE '%start%'"));
        Assert.Equal(1, await rig.CountAsync("SELECT count(*) FROM outbox WHERE kind = 'threat_alert' AND sent_at IS NULL"));
    }
}
