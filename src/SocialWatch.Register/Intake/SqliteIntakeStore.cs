using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using SocialWatch.Domain;

namespace SocialWatch.Register.Intake;

/// <summary>SQLite implementation of <see cref="IIntakeStore"/>: one batch, one transaction.</summary>
public sealed class SqliteIntakeStore(SqliteConnectionFactory connections, TimeProvider time) : IIntakeStore, IReadBudget
{
    // Evidence is stored as [{"start":..,"length":..,"text":..,"weight":..}], the same shape the CLI prints.
    private static readonly JsonSerializerOptions EvidenceJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <inheritdoc />
    public async Task<IntakeResult> StoreAsync(IntakeBatch batch, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime.ToDb();
        int inserted = 0, duplicates = 0, alerts = 0;

        foreach (var judged in batch.Posts)
        {
            var postId = await InsertPostAsync(connection, tx, batch.Source, judged.Post);
            if (postId is null)
            {
                duplicates++;
                continue;
            }

            inserted++;
            foreach (var target in judged.Targets)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT OR IGNORE INTO post_targets (post_id, official_id, how)
                    SELECT @PostId, id, @How FROM officials WHERE key = @Key
                    """,
                    new { PostId = postId, How = target.How.ToString().ToLowerInvariant(), Key = target.OfficialKey },
                    tx);
            }

            await InsertVerdictAsync(connection, tx, postId.Value, judged.Verdict);
            if (judged.Post.Parent is { } parent)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO post_context (post_id, external_id, author_handle, text, url, raw_payload, payload_sha256, captured_at)
                    VALUES (@PostId, @ExternalId, @AuthorHandle, @Text, @Url, @RawPayload, @Sha, @Now)
                    """,
                    new { PostId = postId, parent.ExternalId, parent.AuthorHandle, parent.Text, parent.Url, parent.RawPayload, Sha = parent.PayloadSha256, Now = now },
                    tx);
            }

            if (judged.Verdict.Label == Label.Threat)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO outbox (kind, post_id, payload, created_at) VALUES ('threat_alert', @PostId, @Payload, @Now)",
                    new
                    {
                        PostId = postId,
                        Payload = JsonSerializer.Serialize(new
                        {
                            post_id = postId,
                            officials = judged.Targets.Select(t => t.OfficialKey).ToArray(),
                            score = judged.Verdict.Scores.Threat,
                        }),
                        Now = now,
                    },
                    tx);
                alerts++;
            }
        }

        foreach (var reference in batch.OfficialPosts)
        {
            await connection.ExecuteAsync(
                """
                INSERT OR IGNORE INTO official_posts (platform, external_id, official_id)
                SELECT @Platform, @ExternalId, id FROM officials WHERE key = @OfficialKey
                """,
                reference,
                tx);
        }

        if (batch.BilledReads > 0)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO read_budget (source, month, reads) VALUES (@Source, @Month, @Reads)
                ON CONFLICT (source, month) DO UPDATE SET reads = read_budget.reads + excluded.reads
                """,
                new { batch.Source, Month = Month(), Reads = batch.BilledReads },
                tx);
        }

        foreach (var item in batch.Quarantined)
        {
            await connection.ExecuteAsync(
                "INSERT INTO quarantine (source, reason, payload, received_at) VALUES (@Source, @Reason, @Payload, @Now)",
                new { batch.Source, item.Reason, item.Payload, Now = now },
                tx);
        }

        await connection.ExecuteAsync(
            """
            INSERT INTO source_state (source, cursor, last_run_at, last_success_at, items_fetched, untargeted)
            VALUES (@Source, @Cursor, @Now, @Now, @Fetched, @Untargeted)
            ON CONFLICT (source) DO UPDATE SET
                cursor = coalesce(excluded.cursor, source_state.cursor),
                last_run_at = excluded.last_run_at,
                last_success_at = excluded.last_success_at,
                items_fetched = source_state.items_fetched + excluded.items_fetched,
                untargeted = source_state.untargeted + excluded.untargeted,
                backoff_until = NULL,
                last_error = NULL
            """,
            new { batch.Source, Cursor = batch.NewCursor, Now = now, Fetched = batch.Posts.Count + batch.Untargeted + batch.OfficialPosts.Count + batch.Quarantined.Count, batch.Untargeted },
            tx);

        await tx.CommitAsync(cancellationToken);
        return new IntakeResult(inserted, duplicates, batch.Untargeted, alerts);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> FindOfficialPostsAsync(
        string platform, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        if (externalIds.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string ExternalId, string Key)>(
            """
            SELECT p.external_id, o.key FROM official_posts p JOIN officials o ON o.id = p.official_id
            WHERE p.platform = @Platform AND p.external_id IN @Ids
            """,
            new { Platform = platform, Ids = externalIds });
        return rows.ToDictionary(r => r.ExternalId, r => r.Key, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<long> ReadsThisMonthAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT coalesce(sum(reads), 0) FROM read_budget WHERE source = @Source AND month = @Month", new { Source = source, Month = Month() });
    }

    private string Month() => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public async Task<string?> GetCursorAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>("SELECT cursor FROM source_state WHERE source = @Source", new { Source = source });
    }

    private static Task<long?> InsertPostAsync(SqliteConnection connection, SqliteTransaction tx, string source, Post post) =>
        connection.ExecuteScalarAsync<long?>(
            """
            INSERT INTO posts (source, platform, external_id, url, author_handle, author_id, text, created_at, captured_at,
                               in_reply_to, in_reply_to_author, raw_payload, payload_sha256)
            VALUES (@Source, @Platform, @ExternalId, @Url, @AuthorHandle, @AuthorId, @Text, @CreatedAtUtc, @CapturedAtUtc,
                    @InReplyTo, @InReplyToAuthor, @RawPayload, @PayloadSha256)
            ON CONFLICT (platform, external_id) DO NOTHING
            RETURNING id
            """,
            new
            {
                Source = source,
                post.Platform,
                post.ExternalId,
                post.Url,
                post.AuthorHandle,
                post.AuthorId,
                post.Text,
                CreatedAtUtc = post.CreatedAtUtc.ToDb(),
                CapturedAtUtc = post.CapturedAtUtc.ToDb(),
                post.InReplyTo,
                post.InReplyToAuthor,
                post.RawPayload,
                post.PayloadSha256,
            },
            tx);

    private static Task<int> InsertVerdictAsync(SqliteConnection connection, SqliteTransaction tx, long postId, Verdict verdict) =>
        connection.ExecuteAsync(
            """
            INSERT INTO verdicts (post_id, label, score_none, score_grey, score_abusive, score_threat, model_version, classified_at, evidence)
            VALUES (@PostId, @Label, @None, @Grey, @Abusive, @Threat, @ModelVersion, @ClassifiedAt, @Evidence)
            """,
            new
            {
                PostId = postId,
                Label = verdict.Label.ToCode(),
                verdict.Scores.None,
                verdict.Scores.Grey,
                verdict.Scores.Abusive,
                verdict.Scores.Threat,
                verdict.ModelVersion,
                ClassifiedAt = verdict.ClassifiedAtUtc.ToDb(),
                Evidence = JsonSerializer.Serialize(verdict.Evidence, EvidenceJson),
            },
            tx);
}
