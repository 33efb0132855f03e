using SocialWatch.Classification.Model;
using SocialWatch.Register.Migrations;
using SocialWatch.Register.Sources;

namespace SocialWatch.Worker.Endpoints;

/// <summary><c>GET /health</c>: database reachable, model loaded with its version, each source's last run.</summary>
public static class HealthEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) => app.MapGet("/health", async (
        Migrator migrator, TextClassifier classifier, SourceStateRepository states, CancellationToken cancellationToken) =>
    {
        object database;
        IReadOnlyList<SourceState> sources = [];
        var healthy = true;
        try
        {
            database = new { reachable = true, schema_version = await migrator.CurrentVersionAsync(cancellationToken) };
            sources = await states.ListAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            healthy = false;
            database = new { reachable = false, error = e.GetType().Name };
        }

        var body = new
        {
            status = healthy ? "ok" : "degraded",
            database,
            model = new { loaded = true, version = classifier.ModelVersion, trainer = classifier.Card.Trainer },
            sources = sources.Select(s => new
            {
                source = s.Source,
                last_run_at = s.LastRunAt,
                last_success_at = s.LastSuccessAt,
                last_error = s.LastError,
                last_error_at = s.LastErrorAt,
                items_fetched = s.ItemsFetched,
                untargeted = s.Untargeted,
                backoff_until = s.BackoffUntil,
            }),
        };
        return Results.Json(body, statusCode: healthy ? 200 : 503);
    });
}
