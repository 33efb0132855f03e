using Dapper;
using SocialWatch.Domain;
using SocialWatch.Register.Intake;
using SocialWatch.Register.Tests.Support;

namespace SocialWatch.Register.Tests.Intake;

public class SqliteIntakeStoreTests
{
    [Fact]
    public async Task Storing_the_same_batch_twice_inserts_nothing_twice()
    {
        using var register = await TestRegister.CreateAsync();
        var store = new SqliteIntakeStore(register.Connections, register.Time);
        var now = register.Time.GetUtcNow().UtcDateTime;
        var batch = Posts.Batch(Posts.Judged("1", Label.None, now), Posts.Judged("2", Label.Threat, now));

        var first = await store.StoreAsync(batch, CancellationToken.None);
        var second = await store.StoreAsync(batch, CancellationToken.None);

        Assert.Equal((2, 0, 1), (first.Inserted, first.Duplicates, first.Alerts));
        Assert.Equal((0, 2, 0), (second.Inserted, second.Duplicates, second.Alerts));
        await using var c = await register.Connections.OpenAsync();
        Assert.Equal(2, await c.ExecuteScalarAsync<int>("SELECT count(*) FROM posts"));
        Assert.Equal(2, await c.ExecuteScalarAsync<int>("SELECT count(*) FROM verdicts"));
        Assert.Equal(2, await c.ExecuteScalarAsync<int>("SELECT count(*) FROM post_targets"));
        Assert.Equal(1, await c.ExecuteScalarAsync<int>("SELECT count(*) FROM outbox"));
    }

    [Fact]
    public async Task A_batch_that_fails_half_way_leaves_nothing_behind()
    {
        using var register = await TestRegister.CreateAsync();
        var store = new SqliteIntakeStore(register.Connections, register.Time);
        var now = register.Time.GetUtcNow().UtcDateTime;
        var good = Posts.Judged("10", Label.Threat, now);
        var broken = Posts.Judged("11", Label.None, now) with { Post = good.Post with { ExternalId = "11", Platform = null! } };
        var batch = new IntakeBatch("test", [good, broken], [], 0, "cursor-after-page");

        await Assert.ThrowsAnyAsync<Exception>(() => store.StoreAsync(batch, CancellationToken.None));

        await using var c = await register.Connections.OpenAsync();
        Assert.Equal(0, await c.ExecuteScalarAsync<int>("SELECT count(*) FROM posts"));
        Assert.Equal(0, await c.ExecuteScalarAsync<int>("SELECT count(*) FROM outbox"));
        Assert.Null(await store.GetCursorAsync("test", CancellationToken.None));
    }

    [Fact]
    public async Task The_cursor_and_counters_are_committed_with_the_page()
    {
        using var register = await TestRegister.CreateAsync();
        var store = new SqliteIntakeStore(register.Connections, register.Time);
        var now = register.Time.GetUtcNow().UtcDateTime;

        await store.StoreAsync(new IntakeBatch("mastodon:a", [Posts.Judged("20", Label.Grey, now)], [], 3, "110"), CancellationToken.None);
        await store.StoreAsync(new IntakeBatch("mastodon:a", [], [], 1, null), CancellationToken.None);

        Assert.Equal("110", await store.GetCursorAsync("mastodon:a", CancellationToken.None));
        await using var c = await register.Connections.OpenAsync();
        Assert.Equal(4, await c.ExecuteScalarAsync<int>("SELECT untargeted FROM source_state WHERE source = 'mastodon:a'"));
    }

    [Fact]
    public async Task Officials_posts_are_remembered_for_reply_matching()
    {
        using var register = await TestRegister.CreateAsync();
        var store = new SqliteIntakeStore(register.Connections, register.Time);

        await store.StoreAsync(new IntakeBatch("file", [], [new OfficialPostRef("x", "500", "wethouder-a")], 0, null), CancellationToken.None);
        var found = await store.FindOfficialPostsAsync("x", ["500", "501"], CancellationToken.None);

        Assert.Equal("wethouder-a", Assert.Single(found).Value);
    }

    [Fact]
    public async Task Times_are_stored_as_utc_text_and_read_back_as_utc()
    {
        using var register = await TestRegister.CreateAsync();
        var store = new SqliteIntakeStore(register.Connections, register.Time);
        var local = new DateTime(2026, 7, 1, 14, 0, 0, DateTimeKind.Unspecified);

        await store.StoreAsync(Posts.Batch(Posts.Judged("30", Label.None, DateTime.SpecifyKind(local, DateTimeKind.Utc))), CancellationToken.None);

        await using var c = await register.Connections.OpenAsync();
        Assert.Equal("2026-07-01T14:00:00.0000000Z", await c.ExecuteScalarAsync<string>("SELECT captured_at FROM posts"));
        var read = await c.ExecuteScalarAsync<DateTime>("SELECT captured_at FROM posts");
        Assert.Equal(DateTimeKind.Utc, read.Kind);
        Assert.Equal(14, read.Hour);
    }

    [Fact]
    public async Task Hostile_text_is_stored_verbatim_through_parameters()
    {
        using var register = await TestRegister.CreateAsync();
        var store = new SqliteIntakeStore(register.Connections, register.Time);
        const string hostile = "'); DROP TABLE posts; -- <script>alert(1)</script>";

        await store.StoreAsync(Posts.Batch(Posts.Judged("40", Label.Grey, register.Time.GetUtcNow().UtcDateTime, hostile)), CancellationToken.None);

        await using var c = await register.Connections.OpenAsync();
        Assert.Equal(hostile, await c.ExecuteScalarAsync<string>("SELECT text FROM posts"));
    }
}
