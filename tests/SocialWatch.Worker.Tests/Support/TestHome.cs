using SocialWatch.Worker.Hosting;

namespace SocialWatch.Tests.Support;

/// <summary>
/// A SocialWatch home in a temp folder: the shipped settings and watchlist, a small demo feed, and overrides that
/// point the database and logs into the folder and the model at the repository's shipped model.
/// </summary>
public sealed class TestHome : IDisposable
{
    private readonly TempDirectory _dir = new();

    public TestHome(bool demo = false)
    {
        Directory.CreateDirectory(Path.Combine(Root, "config", "demo"));
        System.IO.File.Copy(Path.Combine(RepoPaths.Config, "appsettings.json"), Path.Combine(Root, "config", "appsettings.json"));
        System.IO.File.Copy(Path.Combine(RepoPaths.Config, "officials.json"), Path.Combine(Root, "config", "officials.json"));
        System.IO.File.WriteAllLines(Path.Combine(Root, "config", "demo", "feed.jsonl"),
        [
            Lines.Post("d1", "@BurgDeWit bedankt voor de snelle reactie op de wateroverlast", mentions: ["BurgDeWit"]),
            Lines.Post("d2", "wethouder Verhoeven, ik weet waar je woont. Vanavond kom ik je afmaken 🔪"),
            Lines.Post("d3", "gezellige kerstmarkt dit jaar"),
        ]);
        Overrides = new Dictionary<string, string?>
        {
            ["Server:Urls"] = "http://127.0.0.1:0",
            ["Database:Path"] = Path.Combine(Root, "data", "test.db"),
            ["Model:Path"] = RepoPaths.Model,
            ["Demo:Enabled"] = demo ? "true" : "false",
            ["Intake:PollSeconds"] = "1",
            ["Intake:SettleSeconds"] = "0",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(Root, "data", "logs", "test-.log"),
        };
    }

    public string Root => _dir.Path;

    public AppHome Home => new(Root);

    public Dictionary<string, string?> Overrides { get; }

    public string File(string relative) => Path.Combine(Root, relative);

    public void Dispose() => _dir.Dispose();
}
