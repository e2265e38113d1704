using CaseTrak.Web.Platform.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseTrak.IntegrationTests.Infrastructure;

/// <summary>
/// The database this test process runs on: CASETRAK_TEST_PROVIDER=Sqlite (default, a fresh temp file) or
/// Postgres (a fresh database created inside the server CASETRAK_TEST_PG points at, dropped afterwards).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? adminConnectionString, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public static async Task<TestDatabase> CreateAsync(string workDirectory)
    {
        var requested = Environment.GetEnvironmentVariable("CASETRAK_TEST_PROVIDER");
        if (string.IsNullOrWhiteSpace(requested) || requested.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.Combine(workDirectory, "casetrak.db");
            return new(DatabaseProvider.Sqlite, $"Data Source={path}", null, null);
        }
        if (!requested.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"CASETRAK_TEST_PROVIDER is '{requested}'; use Sqlite or Postgres.");

        var admin = Environment.GetEnvironmentVariable("CASETRAK_TEST_PG");
        if (string.IsNullOrWhiteSpace(admin))
            throw new InvalidOperationException(
                "CASETRAK_TEST_PROVIDER=Postgres but CASETRAK_TEST_PG is not set. Start one with `source scripts/pg.sh; pg_start`.");

        var name = $"casetrak_it_{Guid.NewGuid():N}"[..32];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var own = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new(DatabaseProvider.Postgres, own, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (!IsPostgres)
        {
            SqliteConnection.ClearAllPools();
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
