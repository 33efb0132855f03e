using Dapper;

namespace SocialWatch.Register.Retention;

/// <summary>Data minimisation: removes the content of unflagged posts after the retention period.</summary>
public sealed class RetentionRepository(SqliteConnectionFactory connections, TimeProvider time)
{
    /// <summary>
    /// Blanks text, author, url and raw payload of posts whose latest verdict is <c>none</c> and that were
    /// captured more than <paramref name="unflaggedDays"/> days ago. The row keeps platform, id, times, hash
    /// and verdict, so counts stay right and a re-import does not store the text again.
    /// Returns the number of posts purged.
    /// </summary>
    public async Task<int> PurgeUnflaggedAsync(int unflaggedDays, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-unflaggedDays).ToDb();
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            UPDATE posts
            SET text = NULL, author_handle = NULL, author_id = NULL, url = NULL, raw_payload = NULL, in_reply_to_author = NULL,
                purged_at = @Now
            WHERE purged_at IS NULL
              AND captured_at < @Cutoff
              AND (SELECT label FROM verdicts WHERE post_id = posts.id ORDER BY id DESC LIMIT 1) = 'none'
            """,
            new { Cutoff = cutoff, Now = time.GetUtcNow().UtcDateTime.ToDb() });
    }
}
