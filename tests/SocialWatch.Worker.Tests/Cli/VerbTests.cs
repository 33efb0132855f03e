using SocialWatch.Tests.Support;

namespace SocialWatch.Worker.Tests.Cli;

public class VerbTests
{
    [Theory]
    [InlineData("run")]
    [InlineData("import")]
    [InlineData("classify")]
    [InlineData("train")]
    [InlineData("evaluate")]
    [InlineData("migrate")]
    [InlineData("compare")]
    [InlineData("bench")]
    [InlineData("sources")]
    public async Task Every_verb_has_help(string verb)
    {
        using var home = new TestHome();

        var (exit, output, _) = await CommandRunner.RunAsync(home, verb, "--help");

        Assert.Equal(0, exit);
        Assert.Contains(verb, output);
        Assert.Contains("Usage", output);
    }

    [Fact]
    public async Task An_unknown_verb_is_bad_input()
    {
        using var home = new TestHome();

        var (exit, _, errors) = await CommandRunner.RunAsync(home, "frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("frobnicate", errors);
    }

    [Fact]
    public async Task Migrate_creates_the_database_and_is_repeatable()
    {
        using var home = new TestHome();

        var first = await CommandRunner.RunAsync(home, "migrate");
        var second = await CommandRunner.RunAsync(home, "migrate");

        Assert.Equal(0, first.Exit);
        Assert.Contains("Applied migrations 1, 2, 3, 4, 5", first.Out);
        Assert.Contains("current", second.Out);
        Assert.True(File.Exists(home.File("data/test.db")));
    }

    [Fact]
    public async Task Import_registers_posts_and_exits_2_when_a_line_was_bad()
    {
        using var home = new TestHome();
        var file = home.File("feed.jsonl");
        await File.WriteAllLinesAsync(file, [Lines.Post("1", "@FatmaYilmazNL goed verhaal in de raad", mentions: ["FatmaYilmazNL"]), "{kapot"]);

        var (exit, output, errors) = await CommandRunner.RunAsync(home, "import", file);

        Assert.True(exit == 2, errors);
        Assert.Contains("1 registered", output);
        Assert.Contains("1 bad", output);
        Assert.Contains(home.File("feed.errors.jsonl"), errors);
    }

    [Fact]
    public async Task Evaluate_prints_metrics_as_json()
    {
        using var home = new TestHome();
        var data = home.File("eval.jsonl");
        await File.WriteAllLinesAsync(data,
        [
            "{\"text\": \"ik maak je af\", \"label\": \"threat\"}",
            "{\"text\": \"wanneer is de raadsvergadering?\", \"label\": \"none\"}",
        ]);

        var (exit, output, _) = await CommandRunner.RunAsync(home, "evaluate", "--data", data, "--model", RepoPaths.Model, "--json");

        Assert.Equal(0, exit);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetProperty("metrics").GetProperty("examples").GetInt32());
        Assert.Equal(4, doc.RootElement.GetProperty("metrics").GetProperty("confusion").GetArrayLength());
    }
}
