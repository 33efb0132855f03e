using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using SocialWatch.Domain;

namespace SocialWatch.Register.Watchlist;

/// <summary>Keeps the organisations and officials tables in line with the watchlist file.</summary>
public sealed class WatchlistRepository(SqliteConnectionFactory connections)
{
    /// <summary>Inserts or updates every organisation and official, and replaces their handles, in one transaction.</summary>
    public async Task SyncAsync(IReadOnlyList<Organisation> organisations, IReadOnlyList<Official> officials, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var organisation in organisations)
        {
            await connection.ExecuteAsync(
                "INSERT INTO organisations (name, layer) VALUES (@Name, @Layer) ON CONFLICT (name) DO UPDATE SET layer = excluded.layer",
                new { organisation.Name, Layer = organisation.Layer.ToString().ToLowerInvariant() },
                tx);
        }

        foreach (var official in officials)
        {
            var id = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO officials (key, name, role, organisation_id, aliases)
                VALUES (@Key, @Name, @Role, (SELECT id FROM organisations WHERE name = @Organisation), @Aliases)
                ON CONFLICT (key) DO UPDATE SET name = excluded.name, role = excluded.role,
                    organisation_id = excluded.organisation_id, aliases = excluded.aliases
                RETURNING id
                """,
                new { official.Key, official.Name, official.Role, official.Organisation, Aliases = JsonSerializer.Serialize(official.Aliases) },
                tx);
            await connection.ExecuteAsync("DELETE FROM official_handles WHERE official_id = @Id", new { Id = id }, tx);
            foreach (var (platform, handles) in official.Handles)
            {
                foreach (var handle in handles)
                {
                    await connection.ExecuteAsync(
                        "INSERT OR REPLACE INTO official_handles (official_id, platform, handle) VALUES (@Id, @Platform, @Handle)",
                        new { Id = id, Platform = platform, Handle = handle },
                        tx);
                }
            }
        }

        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>Number of officials in the register.</summary>
    public async Task<int> CountOfficialsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM officials");
    }
}
