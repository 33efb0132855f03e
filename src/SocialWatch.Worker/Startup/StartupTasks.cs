using Microsoft.Extensions.Options;
using SocialWatch.Classification.Model;
using SocialWatch.Register.Migrations;
using SocialWatch.Register.Queries;
using SocialWatch.Register.Watchlist;
using SocialWatch.Sources.FileDrop;
using SocialWatch.Sources.Watchlist;
using SocialWatch.Worker.Hosting;
using SocialWatch.Worker.Options;

namespace SocialWatch.Worker.Startup;

/// <summary>
/// What must hold before the service accepts work: the schema is current, the watchlist is in the register,
/// the model loads, and on a first run with <c>Demo:Enabled</c> the demo feed is imported.
/// </summary>
public sealed class StartupTasks(
    Migrator migrator,
    WatchlistFile watchlist,
    WatchlistRepository watchlistRepository,
    TextClassifier classifier,
    PostQueries posts,
    JsonlFileImporter importer,
    IOptions<DemoOptions> demo,
    AppHome home,
    ILogger<StartupTasks> logger)
{
    /// <summary>Runs the tasks in order; any failure stops the start.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var applied = await migrator.MigrateAsync(cancellationToken);
        logger.LogInformation("Database at schema version {Version} ({Applied} migrations applied now)", migrator.LatestVersion, applied.Count);
        await watchlistRepository.SyncAsync(watchlist.Organisations, watchlist.Officials, cancellationToken);
        logger.LogInformation("Watchlist: {Officials} officials of {Organisations} organisations", watchlist.Officials.Count, watchlist.Organisations.Count);
        logger.LogInformation("Model {Version} loaded ({Trainer}, thresholds {Thresholds})", classifier.ModelVersion, classifier.Card.Trainer, classifier.Thresholds);
        if (demo.Value.Enabled)
        {
            await ImportDemoAsync(cancellationToken);
        }
    }

    private async Task ImportDemoAsync(CancellationToken cancellationToken)
    {
        var counts = await posts.CountByLabelAsync(cancellationToken);
        if (counts.Values.Sum() > 0)
        {
            return;
        }

        var feed = home.Resolve(demo.Value.Feed);
        if (!Directory.Exists(feed))
        {
            logger.LogWarning("Demo feed folder {Feed} not found; starting with an empty register", feed);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(feed, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var errors = home.Resolve(Path.Combine("data", "demo-errors", Path.GetFileNameWithoutExtension(file) + ".errors.jsonl"));
            var report = await importer.ImportAsync(file, errors, cancellationToken);
            logger.LogInformation("Demo feed {File}: {Inserted} posts registered, {Untargeted} not aimed at an official, {BadLines} bad lines",
                Path.GetFileName(file), report.Inserted, report.Untargeted, report.BadLines);
        }
    }
}
