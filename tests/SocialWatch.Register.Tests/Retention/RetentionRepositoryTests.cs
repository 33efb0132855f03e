using Dapper;
using SocialWatch.Domain;
using SocialWatch.Register.Intake;
using SocialWatch.Register.Retention;
using SocialWatch.Register.Tests.Support;

namespace SocialWatch.Register.Tests.Retention;

public class RetentionRepositoryTests
{
    [Fact]
    public async Task Unflagged_posts_lose_their_content_after_the_period_and_flagged_posts_are_kept()
    {
        using var register = await TestRegister.CreateAsync();
        var store = new SqliteIntakeStore(register.Connections, register.Time);
        var start = register.Time.GetUtcNow().UtcDateTime;
        await store.StoreAsync(Posts.Batch(
            Posts.Judged("old-none", Label.None, start, "gewone vraag over de OZB"),
            Posts.Judged("old-threat", Label.Threat, start, "dreiging"),
            Posts.Judged("old-grey", Label.Grey, start, "grijs")), CancellationToken.None);
        register.Time.Advance(TimeSpan.FromDays(20));
        await store.StoreAsync(Posts.Batch(Posts.Judged("new-none", Label.None, register.Time.GetUtcNow().UtcDateTime, "nieuw")), CancellationToken.None);
        register.Time.Advance(TimeSpan.FromDays(11));

        var purged = await new RetentionRepository(register.Connections, register.Time).PurgeUnflaggedAsync(30, CancellationToken.None);

        Assert.Equal(1, purged);
        await using var c = await register.Connections.OpenAsync();
        var rows = (await c.QueryAsync<(string Id, string? Text, string? Author, string? Raw)>(
            "SELECT external_id, text, author_handle, raw_payload FROM posts ORDER BY external_id")).ToDictionary(r => r.Id);
        Assert.Equal((null, null, null), (rows["old-none"].Text, rows["old-none"].Author, rows["old-none"].Raw));
        Assert.Equal("dreiging", rows["old-threat"].Text);
        Assert.Equal("grijs", rows["old-grey"].Text);
        Assert.Equal("nieuw", rows["new-none"].Text);
    }

    [Fact]
    public async Task A_purged_post_is_not_stored_again_when_it_is_imported_again()
    {
        using var register = await TestRegister.CreateAsync();
        var store = new SqliteIntakeStore(register.Connections, register.Time);
        var post = Posts.Judged("p", Label.None, register.Time.GetUtcNow().UtcDateTime, "tekst");
        await store.StoreAsync(Posts.Batch(post), CancellationToken.None);
        register.Time.Advance(TimeSpan.FromDays(31));
        await new RetentionRepository(register.Connections, register.Time).PurgeUnflaggedAsync(30, CancellationToken.None);

        var again = await store.StoreAsync(Posts.Batch(post), CancellationToken.None);

        Assert.Equal(1, again.Duplicates);
        await using var c = await register.Connections.OpenAsync();
        Assert.Null(await c.ExecuteScalarAsync<string?>("SELECT text FROM posts"));
    }

    [Fact]
    public async Task The_thread_context_of_a_purged_post_is_purged_with_it()
    {
        using var register = await TestRegister.CreateAsync();
        var store = new SqliteIntakeStore(register.Connections, register.Time);
        var judged = Posts.Judged("r", Label.None, register.Time.GetUtcNow().UtcDateTime, "nee");
        judged = judged with { Post = judged.Post with { InReplyTo = "p", Parent = new ParentPost("p", "annadeboer", "Besluit over de kermis.", "https://x.example/p", "{}") } };
        await store.StoreAsync(Posts.Batch(judged), CancellationToken.None);
        await using (var before = await register.Connections.OpenAsync())
        {
            Assert.Equal("Besluit over de kermis.", await before.ExecuteScalarAsync<string>("SELECT text FROM post_context"));
        }

        register.Time.Advance(TimeSpan.FromDays(31));
        await new RetentionRepository(register.Connections, register.Time).PurgeUnflaggedAsync(30, CancellationToken.None);

        await using var c = await register.Connections.OpenAsync();
        Assert.Null(await c.ExecuteScalarAsync<string?>("SELECT text FROM post_context"));
        Assert.Equal("p", await c.ExecuteScalarAsync<string>("SELECT external_id FROM post_context"));
    }
}
