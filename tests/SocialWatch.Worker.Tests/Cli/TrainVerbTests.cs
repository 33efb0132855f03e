using SocialWatch.Tests.Support;

namespace SocialWatch.Worker.Tests.Cli;

public class TrainVerbTests
{
    private static async Task WriteCorpusAsync(string dir, bool scrambled)
    {
        Directory.CreateDirectory(dir);
        foreach (var file in new[] { "train.jsonl", "validation.jsonl" })
        {
            var lines = File.ReadLines(Path.Combine(RepoPaths.Corpus, file)).Where((_, i) => i % 8 == 0).Take(file == "train.jsonl" ? 400 : 80).ToList();
            if (scrambled)
            {
                // Labels assigned in a fixed cycle, whatever the text says: a corpus that teaches nothing.
                string[] cycle = ["none", "grey", "abusive", "threat"];
                lines = lines.Select((l, i) =>
                {
                    var o = System.Text.Json.Nodes.JsonNode.Parse(l)!.AsObject();
                    o["label"] = cycle[i % 4];
                    return o.ToJsonString();
                }).ToList();
            }

            await File.WriteAllLinesAsync(Path.Combine(dir, file), lines);
        }

        await File.WriteAllLinesAsync(Path.Combine(dir, "test.jsonl"), File.ReadLines(Path.Combine(RepoPaths.Corpus, "test.jsonl")).Where((_, i) => i % 6 == 0));
    }

    [Fact]
    public async Task Train_refuses_to_replace_a_better_model_unless_forced()
    {
        using var home = new TestHome();
        var good = home.File("good-corpus");
        var bad = home.File("bad-corpus");
        await WriteCorpusAsync(good, scrambled: false);
        await WriteCorpusAsync(bad, scrambled: true);
        var model = home.File("models/m.zip");

        var first = await CommandRunner.RunAsync(home, "train", "--corpus", good, "--out", model);
        var before = await File.ReadAllBytesAsync(model);
        var refused = await CommandRunner.RunAsync(home, "train", "--corpus", bad, "--out", model);
        var unchanged = await File.ReadAllBytesAsync(model);
        var forced = await CommandRunner.RunAsync(home, "train", "--corpus", bad, "--out", model, "--force");

        Assert.True(first.Exit == 0, first.Err);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("not replaced", refused.Err);
        Assert.Equal(before, unchanged);
        Assert.Equal(0, forced.Exit);
        Assert.NotEqual(before, await File.ReadAllBytesAsync(model));
    }

    [Fact]
    public async Task Train_does_not_replace_a_model_it_cannot_load_unless_forced()
    {
        using var home = new TestHome();
        var corpus = home.File("corpus");
        await WriteCorpusAsync(corpus, scrambled: false);
        var model = home.File("models/m.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(model)!);
        await File.WriteAllTextAsync(model, "not a model");
        File.Copy(Path.ChangeExtension(RepoPaths.Model, ".json"), Path.ChangeExtension(model, ".json"));

        var refused = await CommandRunner.RunAsync(home, "train", "--corpus", corpus, "--out", model);
        var unchanged = await File.ReadAllTextAsync(model);
        var forced = await CommandRunner.RunAsync(home, "train", "--corpus", corpus, "--out", model, "--force");

        Assert.Equal(1, refused.Exit);
        Assert.Contains("cannot be compared", refused.Err);
        Assert.Contains("--force", refused.Err);
        Assert.Equal("not a model", unchanged);
        Assert.True(forced.Exit == 0, forced.Err);
    }

    [Fact]
    public async Task Train_without_a_corpus_is_bad_input()
    {
        using var home = new TestHome();

        var (exit, _, errors) = await CommandRunner.RunAsync(home, "train", "--corpus", home.File("nothing"));

        Assert.Equal(2, exit);
        Assert.Contains("train.jsonl", errors);
    }
}
