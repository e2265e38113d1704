using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseTrak.Web.Platform.Data;

/// <summary>
/// Once the API says 2xx the data must survive a crash: WAL with synchronous=FULL on every connection,
/// and a busy timeout so concurrent writers queue instead of failing.
/// </summary>
/// <remarks>
/// The settings belong to the underlying SQLite handle, which the connection pool reuses across opens, so they
/// are applied once per handle rather than on every open (one statement less per request).
/// </remarks>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
    // journal_mode is a property of the file, and setting it writes: not on the read-only connection EF opens to
    // check that the database exists (a restored backup not yet in WAL mode would fail to start).
    private const string WalMode = "PRAGMA journal_mode=WAL; ";

    private readonly ConditionalWeakTable<object, object> _configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsSettings(connection))
            return;
        using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsSettings(connection))
            return;
        await using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string PragmasFor(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? Pragmas : WalMode + Pragmas;

    private bool NeedsSettings(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle })
            return true;
        if (_configured.TryGetValue(handle, out _))
            return false;
        _configured.AddOrUpdate(handle, this);
        return true;
    }
}
