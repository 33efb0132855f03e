using Dapper;
using Microsoft.Data.Sqlite;

namespace SocialWatch.Register.Migrations;

/// <summary>Applies pending migrations, each in its own transaction, recording them in <c>schema_version</c>.</summary>
public sealed class Migrator(SqliteConnectionFactory connections, TimeProvider time, IReadOnlyList<Migration>? migrations = null)
{
    private readonly IReadOnlyList<Migration> _migrations = migrations ?? Migration.Embedded;

    /// <summary>The newest version this build knows.</summary>
    public int LatestVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    /// <summary>The database's current version (0 when empty).</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await CurrentVersionAsync(connection);
    }

    /// <summary>
    /// Brings the database to the latest version and returns the versions applied. A database newer than
    /// this build throws <see cref="SchemaTooNewException"/>; a failing migration is rolled back and rethrown.
    /// </summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var current = await CurrentVersionAsync(connection);
        if (current > LatestVersion)
        {
            throw new SchemaTooNewException(connections.DataSource, current, LatestVersion);
        }

        var applied = new List<int>();
        foreach (var migration in _migrations.Where(m => m.Version > current))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await connection.ExecuteAsync(migration.Sql, transaction: transaction);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { migration.Version, migration.Name, AppliedAt = time.GetUtcNow().UtcDateTime.ToDb() },
                    transaction);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (SqliteException e)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw new InvalidOperationException(
                    $"Migration {migration.Version:D4}_{migration.Name} failed and was rolled back; the database stays at version {current}: {e.Message}", e);
            }

            applied.Add(migration.Version);
            current = migration.Version;
        }

        return applied;
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection)
    {
        var exists = await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        return exists == 0 ? 0 : await connection.ExecuteScalarAsync<int>("SELECT coalesce(max(version), 0) FROM schema_version");
    }
}
