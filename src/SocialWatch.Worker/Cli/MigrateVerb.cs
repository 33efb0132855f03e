using SocialWatch.Register.Migrations;
using SocialWatch.Worker.Hosting;

namespace SocialWatch.Worker.Cli;

/// <summary><c>migrate</c>: applies pending migrations and exits.</summary>
public static class MigrateVerb
{
    /// <summary>Runs the verb.</summary>
    public static Task<int> RunAsync(AppHome home, IEnumerable<KeyValuePair<string, string?>>? overrides, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        FatalErrors.GuardAsync(stderr, async () =>
        {
            await using var host = ToolHost.Create(home, overrides);
            var migrator = host.Services.GetRequiredService<Migrator>();
            var applied = await migrator.MigrateAsync(cancellationToken);
            await stdout.WriteLineAsync(applied.Count == 0
                ? $"Database is current at schema version {migrator.LatestVersion}."
                : $"Applied migrations {string.Join(", ", applied)}; database now at schema version {migrator.LatestVersion}.");
            return ExitCodes.Ok;
        });
}
