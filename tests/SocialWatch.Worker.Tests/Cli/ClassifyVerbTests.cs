using System.Text.Json;
using SocialWatch.Tests.Support;

namespace SocialWatch.Worker.Tests.Cli;

public class ClassifyVerbTests
{
    [Fact]
    public async Task Classifying_one_text_prints_label_scores_model_and_evidence()
    {
        using var home = new TestHome();

        var (exit, output, _) = await CommandRunner.RunAsync(home, "classify", "ik maak je af vuile verrader, ik weet waar je woont");

        Assert.Equal(0, exit);
        Assert.Contains("label:   threat", output);
        Assert.Matches(@"scores:  none 0\.\d{3}  grey 0\.\d{3}  abusive 0\.\d{3}  threat [01]\.\d{3}", output);
        Assert.Contains("model:   nl-", output);
        Assert.Contains("because: \"", output);
    }

    [Fact]
    public async Task The_batch_contract_copies_fields_adds_label_scores_model_and_reports_bad_lines()
    {
        using var home = new TestHome();
        var input = home.File("in.jsonl");
        var output = home.File("out.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            "{\"id\": 7, \"text\": \"Fijn dat het zwembad openblijft, dank je wethouder\", \"extra\": {\"nested\": [1, 2]}}",
            "{niet json",
            "{\"id\": 8, \"tekst\": \"geen text-veld\"}",
            "{\"text\": \"ik steek je huis in de fik vanavond\"}",
        ]);

        var (exit, _, errors) = await CommandRunner.RunAsync(home, "classify", "--input", input, "--output", output);

        Assert.Equal(2, exit);
        Assert.Contains("line 2:", errors);
        Assert.Contains("line 3:", errors);
        var lines = (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal(7, lines[0].GetProperty("id").GetInt32());
        Assert.Equal(2, lines[0].GetProperty("extra").GetProperty("nested")[1].GetInt32());
        foreach (var ok in new[] { lines[0], lines[3] })
        {
            Assert.Contains(ok.GetProperty("label").GetString(), new[] { "none", "grey", "abusive", "threat" });
            var scores = ok.GetProperty("scores");
            var sum = new[] { "none", "grey", "abusive", "threat" }.Sum(k => scores.GetProperty(k).GetDouble());
            Assert.Equal(1.0, sum, 3);
            Assert.StartsWith("nl-", ok.GetProperty("model").GetString());
            Assert.False(ok.TryGetProperty("error", out _));
        }

        Assert.Equal("none", lines[0].GetProperty("label").GetString());
        Assert.Equal("threat", lines[3].GetProperty("label").GetString());
        Assert.Contains("not valid JSON", lines[1].GetProperty("error").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.Equal(8, lines[2].GetProperty("id").GetInt32());
        Assert.Contains("text", lines[2].GetProperty("error").GetString());
        Assert.False(lines[2].TryGetProperty("label", out _));
    }

    [Fact]
    public async Task A_clean_batch_exits_zero()
    {
        using var home = new TestHome();
        var input = home.File("in.jsonl");
        await File.WriteAllLinesAsync(input, ["{\"text\": \"wanneer is de inspraakavond?\"}"]);

        var (exit, _, errors) = await CommandRunner.RunAsync(home, "classify", "--input", input, "--output", home.File("out.jsonl"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors);
    }

    [Fact]
    public async Task Giving_neither_text_nor_input_is_bad_input()
    {
        using var home = new TestHome();

        var (exit, _, errors) = await CommandRunner.RunAsync(home, "classify");

        Assert.Equal(2, exit);
        Assert.Contains("--input", errors);
    }
}
