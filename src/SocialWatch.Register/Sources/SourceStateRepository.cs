using Dapper;

namespace SocialWatch.Register.Sources;

/// <summary>Reads source states and records failed runs (successful runs are recorded by the intake transaction).</summary>
public sealed class SourceStateRepository(SqliteConnectionFactory connections, TimeProvider time)
{
    /// <summary>All sources, by name.</summary>
    public async Task<IReadOnlyList<SourceState>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SourceState>(
            """
            SELECT source, cursor, last_run_at AS LastRunAt, last_success_at AS LastSuccessAt, last_error AS LastError,
                   last_error_at AS LastErrorAt, items_fetched AS ItemsFetched, untargeted, backoff_until AS BackoffUntil
            FROM source_state ORDER BY source
            """);
        return rows.AsList();
    }

    /// <summary>
    /// Records a failed run and, when the source asked for it, until when it backs off. The message is capped so a
    /// hostile error page cannot flood the table.
    /// </summary>
    public async Task RecordErrorAsync(string source, string error, CancellationToken cancellationToken, DateTime? backoffUntil = null)
    {
        var now = time.GetUtcNow().UtcDateTime.ToDb();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO source_state (source, last_run_at, last_error, last_error_at, backoff_until) VALUES (@Source, @Now, @Error, @Now, @Backoff)
            ON CONFLICT (source) DO UPDATE SET last_run_at = excluded.last_run_at, last_error = excluded.last_error,
                last_error_at = excluded.last_error_at, backoff_until = excluded.backoff_until
            """,
            new { Source = source, Now = now, Error = error.Length > 1000 ? error[..1000] : error, Backoff = backoffUntil?.ToDb() });
    }
}
