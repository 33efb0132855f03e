using Microsoft.Extensions.Time.Testing;
using SocialWatch.Domain;
using SocialWatch.Register.Migrations;
using SocialWatch.Register.Watchlist;
using SocialWatch.Tests.Support;

namespace SocialWatch.Register.Tests.Support;

/// <summary>A migrated register in a real SQLite file with two officials, and a controllable clock.</summary>
public sealed class TestRegister : IDisposable
{
    private readonly TempDirectory _dir = new();

    private TestRegister()
    {
        Connections = new SqliteConnectionFactory(_dir.File("register.db"));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    public SqliteConnectionFactory Connections { get; }

    public string DatabasePath => Connections.DataSource;

    public static async Task<TestRegister> CreateAsync()
    {
        var register = new TestRegister();
        await new Migrator(register.Connections, register.Time).MigrateAsync();
        await new WatchlistRepository(register.Connections).SyncAsync(
            [new Organisation("Gemeente Testdorp", OrganisationLayer.Gemeente)],
            [
                new Official("wethouder-a", "Anna de Boer", "wethouder", "Gemeente Testdorp", new Dictionary<string, IReadOnlyList<string>> { ["x"] = ["annadeboer"] }, []),
                new Official("raadslid-b", "Bram Visser", "raadslid", "Gemeente Testdorp", new Dictionary<string, IReadOnlyList<string>>(), ["raadslid Visser"]),
            ],
            CancellationToken.None);
        return register;
    }

    public void Dispose() => _dir.Dispose();
}
