using Dapper;
using Microsoft.Data.Sqlite;

namespace SocialWatch.Register.Retention;

/// <summary>Data minimisation: removes the content of unflagged posts after the retention period.</summary>
public sealed class RetentionRepository(SqliteConnectionFactory connections, TimeProvider time)
{
    /// <summary>
    /// Blanks text, author, url and raw payload of posts whose latest verdict is <c>none</c> and that were
    /// captured more than <paramref name="unflaggedDays"/> days ago, and of the parent posts kept with them. The row
    /// keeps platform, id, times, hash and verdict, so counts stay right and a re-import does not store the text
    /// again. Returns the number of posts purged.
    /// </summary>
    public async Task<int> PurgeUnflaggedAsync(int unflaggedDays, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var purged = await connection.ExecuteAsync(
            """
            UPDATE posts
            SET text = NULL, author_handle = NULL, author_id = NULL, url = NULL, raw_payload = NULL, in_reply_to_author = NULL,
                purged_at = @Now
            WHERE purged_at IS NULL
              AND captured_at < @Cutoff
              AND (SELECT label FROM verdicts WHERE post_id = posts.id ORDER BY id DESC LIMIT 1) = 'none'
            """,
            new { Cutoff = now.AddDays(-unflaggedDays).ToDb(), Now = now.ToDb() },
            tx);
        await connection.ExecuteAsync(
            """
            UPDATE post_context SET text = NULL, author_handle = NULL, url = NULL, raw_payload = NULL
            WHERE post_id IN (SELECT id FROM posts WHERE purged_at IS NOT NULL) AND raw_payload IS NOT NULL
            """,
            transaction: tx);
        await tx.CommitAsync(cancellationToken);
        return purged;
    }
}
