using SocialWatch.Tests.Support;

namespace SocialWatch.Worker.Tests.Cli;

public class StartupFailureTests
{
    [Fact]
    public async Task A_missing_model_stops_the_service_naming_the_file_and_the_train_command()
    {
        using var home = new TestHome();
        home.Overrides["Model:Path"] = home.File("models/none.zip");

        var (exit, _, errors) = await CommandRunner.RunAsync(home, "run");

        Assert.Equal(1, exit);
        Assert.Contains(home.File("models/none.zip"), errors);
        Assert.Contains("train", errors);
    }

    [Fact]
    public async Task A_corrupt_model_stops_the_service_naming_the_file()
    {
        using var home = new TestHome();
        Directory.CreateDirectory(home.File("models"));
        await File.WriteAllTextAsync(home.File("models/bad.zip"), "dit is geen model");
        File.Copy(Path.ChangeExtension(RepoPaths.Model, ".json"), home.File("models/bad.json"));
        home.Overrides["Model:Path"] = home.File("models/bad.zip");

        var (exit, _, errors) = await CommandRunner.RunAsync(home, "run");

        Assert.Equal(1, exit);
        Assert.Contains(home.File("models/bad.zip"), errors);
    }

    [Theory]
    [InlineData("Retention:UnflaggedDays", "0")]
    [InlineData("Intake:PollSeconds", "-5")]
    [InlineData("Retention:Cron", "elke nacht")]
    public async Task A_bad_setting_stops_the_service_naming_the_setting_and_the_file(string key, string value)
    {
        using var home = new TestHome();
        home.Overrides[key] = value;

        var (exit, _, errors) = await CommandRunner.RunAsync(home, "run");

        Assert.Equal(1, exit);
        Assert.Contains($"Setting {key} = '{value}'", errors);
        Assert.Contains("appsettings.json", errors);
        Assert.Contains("SOCIALWATCH__" + key.Replace(":", "__"), errors);
    }

    [Fact]
    public async Task A_broken_watchlist_stops_the_service_naming_the_file()
    {
        using var home = new TestHome();
        await File.WriteAllTextAsync(home.File("config/officials.json"), "{ \"organisations\": [ ");

        var (exit, _, errors) = await CommandRunner.RunAsync(home, "migrate");
        var (runExit, _, runErrors) = await CommandRunner.RunAsync(home, "run");

        Assert.Equal(0, exit);
        Assert.Equal(1, runExit);
        Assert.Contains("officials.json", runErrors);
        Assert.Empty(errors);
    }
}
