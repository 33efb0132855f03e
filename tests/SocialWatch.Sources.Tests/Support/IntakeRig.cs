using Dapper;
using Microsoft.Extensions.Time.Testing;
using SocialWatch.Classification.Model;
using SocialWatch.Domain;
using SocialWatch.Register;
using SocialWatch.Register.Intake;
using SocialWatch.Register.Migrations;
using SocialWatch.Register.Watchlist;
using SocialWatch.Sources.FileDrop;
using SocialWatch.Sources.Intake;

namespace SocialWatch.Tests.Support;

/// <summary>The real intake chain: a SQLite file, the shipped model, the parser, matcher and importer.</summary>
public sealed class IntakeRig : IDisposable
{
    public static readonly Lazy<TextClassifier> SharedClassifier = new(() => TextClassifier.Load(RepoPaths.Model));

    private IntakeRig()
    {
        Connections = new SqliteConnectionFactory(Dir.File("register.db"));
        Matcher = new TargetMatcher(Officials);
        Store = new SqliteIntakeStore(Connections, Time);
        Pipeline = new IntakePipeline(SharedClassifier.Value, Store, Matcher);
        Importer = new JsonlFileImporter(new PostLineParser(Time), Pipeline);
    }

    public static IReadOnlyList<Official> Officials { get; } =
    [
        new("wethouder-jansen", "Pieter Jansen", "wethouder", "Gemeente Testdorp",
            new Dictionary<string, IReadOnlyList<string>> { ["x"] = ["PJansenWeth"], ["mastodon"] = ["pjansen@social.testdorp.nl"] },
            ["wethouder Jansen"]),
        new("burgemeester-oz", "Ayşe Öztürk", "burgemeester", "Gemeente Testdorp",
            new Dictionary<string, IReadOnlyList<string>> { ["bluesky"] = ["ayseozturk.bsky.social"] },
            ["burgemeester Öztürk"]),
    ];

    public TempDirectory Dir { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));

    public SqliteConnectionFactory Connections { get; }

    public TargetMatcher Matcher { get; }

    public SqliteIntakeStore Store { get; }

    public IntakePipeline Pipeline { get; }

    public JsonlFileImporter Importer { get; }

    public static async Task<IntakeRig> CreateAsync()
    {
        var rig = new IntakeRig();
        await new Migrator(rig.Connections, rig.Time).MigrateAsync();
        await new WatchlistRepository(rig.Connections).SyncAsync([new Organisation("Gemeente Testdorp", OrganisationLayer.Gemeente)], Officials, CancellationToken.None);
        return rig;
    }

    public async Task<int> CountAsync(string sql)
    {
        await using var c = await Connections.OpenAsync();
        return await c.ExecuteScalarAsync<int>(sql);
    }

    public void Dispose() => Dir.Dispose();
}
