using Microsoft.Data.Sqlite;

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

    private static async Task<string> SetJournalModeAsync(string file, string? mode)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = mode is null ? "PRAGMA journal_mode" : $"PRAGMA journal_mode={mode}";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
