using CaseTrak.Web.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTrak.IntegrationTests.Platform;

public sealed class SqliteStartupTests(TestApp app)
{
    [Fact]
    public async Task A_database_file_restored_without_wal_mode_starts_and_is_switched_to_wal()
    {
        Assert.SkipWhen(app.IsPostgres, "Journal modes are SQLite's.");
        var folder = Path.Combine(Path.GetTempPath(), $"casetrak-restore-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "restored.db");
        try
        {
            await using (var created = new CaseTrakFactory(app.Settings(("ConnectionStrings:CaseTrak", $"Data Source={file}"))))
                await created.CreateClient().GetAsync("/health/ready").ExpectAsync(200);
            SqliteConnection.ClearAllPools();
            await SetJournalModeAsync(file, "DELETE"); // as a copied backup may arrive

            await using var restored = new CaseTrakFactory(app.Settings(("ConnectionStrings:CaseTrak", $"Data Source={file}")));
            await restored.CreateClient().GetAsync("/health/ready").ExpectAsync(200);

            Assert.Equal("wal", await SetJournalModeAsync(file, null));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Every_connection_the_app_opens_enforces_foreign_keys_reused_pooled_handles_included()
    {
        Assert.SkipWhen(app.IsPostgres, "PRAGMA foreign_keys is SQLite's.");
        // The connection string no longer asks for it (Microsoft.Data.Sqlite ran that PRAGMA on every open); the
        // interceptor sets it once per pooled handle, so a handle taken again from the pool must still have it on.
        for (var open = 0; open < 3; open++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA foreign_keys";
            Assert.Equal(1L, await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        }
    }

    private static async Task<string> SetJournalModeAsync(string file, string? mode)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = mode is null ? "PRAGMA journal_mode" : $"PRAGMA journal_mode={mode}";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
