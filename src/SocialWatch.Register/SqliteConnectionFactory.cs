using Dapper;
using Microsoft.Data.Sqlite;

namespace SocialWatch.Register;

/// <summary>
/// Opens connections to the register with the settings every connection needs:
/// foreign keys on, a busy timeout, WAL journal mode, and UTC date handling in Dapper.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;

    static SqliteConnectionFactory() => UtcDateTimeHandler.Register();

    /// <summary>Creates a factory for a database file (its folder is created when missing).</summary>
    public SqliteConnectionFactory(string databasePath, int busyTimeoutMs = 5000)
    {
        DataSource = databasePath;
        BusyTimeoutMs = busyTimeoutMs;
        if (databasePath != ":memory:")
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            ForeignKeys = true,
            Pooling = true,
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string DataSource { get; }

    /// <summary>How long a writer waits for a lock.</summary>
    public int BusyTimeoutMs { get; }

    /// <summary>Opens a connection with the pragmas applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync($"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        return connection;
    }
}
