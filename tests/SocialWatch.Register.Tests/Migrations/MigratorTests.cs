using Dapper;
using Microsoft.Extensions.Time.Testing;
using SocialWatch.Register.Migrations;
using SocialWatch.Tests.Support;

namespace SocialWatch.Register.Tests.Migrations;

public class MigratorTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_fresh_database_gets_every_migration_recorded()
    {
        using var dir = new TempDirectory();
        var connections = new SqliteConnectionFactory(dir.File("fresh.db"));
        var migrator = new Migrator(connections, Time);

        var applied = await migrator.MigrateAsync();

        Assert.Equal(Migration.Embedded.Select(m => m.Version), applied);
        Assert.Equal(migrator.LatestVersion, await migrator.CurrentVersionAsync());
        await using var c = await connections.OpenAsync();
        Assert.Equal("wal", await c.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await c.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal(1, await c.ExecuteScalarAsync<int>("SELECT count(*) FROM sqlite_master WHERE name = 'outbox'"));
    }

    [Fact]
    public async Task An_older_database_is_brought_up_to_date_keeping_its_data()
    {
        using var dir = new TempDirectory();
        var connections = new SqliteConnectionFactory(dir.File("old.db"));
        await new Migrator(connections, Time, Migration.Embedded.Take(1).ToList()).MigrateAsync();
        await using (var c = await connections.OpenAsync())
        {
            await c.ExecuteAsync("INSERT INTO organisations (name, layer) VALUES ('Waterschap Oud', 'waterschap')");
        }

        var applied = await new Migrator(connections, Time).MigrateAsync();

        Assert.Equal(Migration.Embedded.Skip(1).Select(m => m.Version), applied);
        await using var check = await connections.OpenAsync();
        Assert.Equal("Waterschap Oud", await check.ExecuteScalarAsync<string>("SELECT name FROM organisations"));
    }

    [Fact]
    public async Task A_current_database_is_left_alone()
    {
        using var dir = new TempDirectory();
        var migrator = new Migrator(new SqliteConnectionFactory(dir.File("db.db")), Time);
        await migrator.MigrateAsync();

        Assert.Empty(await migrator.MigrateAsync());
    }

    [Fact]
    public async Task A_newer_database_is_refused_and_left_unchanged()
    {
        using var dir = new TempDirectory();
        var connections = new SqliteConnectionFactory(dir.File("new.db"));
        var migrator = new Migrator(connections, Time);
        await migrator.MigrateAsync();
        await using (var c = await connections.OpenAsync())
        {
            await c.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'from_the_future', '2030-01-01T00:00:00Z')");
        }

        var e = await Assert.ThrowsAsync<SchemaTooNewException>(() => migrator.MigrateAsync());

        Assert.Contains("999", e.Message);
        Assert.Contains(connections.DataSource, e.Message);
        Assert.Equal(999, await migrator.CurrentVersionAsync());
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_database_as_it_was()
    {
        using var dir = new TempDirectory();
        var connections = new SqliteConnectionFactory(dir.File("fail.db"));
        await new Migrator(connections, Time).MigrateAsync();
        var broken = Migration.Embedded.Append(new Migration(900, "broken", "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);")).ToList();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => new Migrator(connections, Time, broken).MigrateAsync());

        Assert.Contains("0900_broken", e.Message);
        await using var c = await connections.OpenAsync();
        Assert.Equal(0, await c.ExecuteScalarAsync<int>("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
        Assert.Equal(Migration.Embedded[^1].Version, await c.ExecuteScalarAsync<int>("SELECT max(version) FROM schema_version"));
    }
}
