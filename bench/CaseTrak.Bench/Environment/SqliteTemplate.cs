using System.Diagnostics;
using System.Reflection;
using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Seeding;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseTrak.Bench.Environment;

/// <summary>
/// The seeded firm as a SQLite file (scenario 12). Built once per PostgreSQL template: the app creates an empty
/// SQLite database (its own SQLite migrations, as in production), then <see cref="ModelCopier"/> copies every
/// row of the template through the app's model. Kept in bench/.cache/ beside the pg_dump, named after the
/// template plus the SQLite schema, so a rerun only copies the file.
/// </summary>
public static class SqliteTemplate
{
    /// <summary>Bump when the copy changes, so an old file is not reused.</summary>
    private const string CopyVersion = "c1";

    private static readonly string Folder = Path.Combine(RepoRoot.Find(), "bench", ".cache");

    /// <summary>A fresh working copy of the template for this run (sign-ins write to it); builds the template when missing.</summary>
    public static async Task<string> RunCopyAsync(TestBed bed, TextWriter log, CancellationToken ct)
    {
        var template = Path.Combine(Folder, $"{bed.Template}_sqlite{SchemaVersion()}_{CopyVersion}.db");
        if (File.Exists(template))
            log.WriteLine($"  SQLite template {template} reused");
        else
            await BuildAsync(bed, template, log, ct);
        var run = Path.Combine(Path.GetTempPath(), "casetrak-bench", $"ct_run_{bed.Firm.Profile.Name.ToLowerInvariant()}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(run)!);
        Delete(run);
        File.Copy(template, run);
        return run;
    }

    public static string ConnectionString(string file) => $"Data Source={file}";

    private static async Task BuildAsync(TestBed bed, string template, TextWriter log, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        log.WriteLine($"  Building SQLite template {template} from {bed.Template}…");
        Directory.CreateDirectory(Folder);
        var temp = template + ".tmp";
        Delete(temp);
        // Starting the app creates the schema with its SQLite migrations; in a process of its own (see AppProcess).
        await (await AppProcess.StartAsync("sqlite-migrate", DatabaseProvider.Sqlite, ConnectionString(temp), DataModelSwitches.Production, ct)).DisposeAsync();
        log.WriteLine($"    schema by the app's SQLite migrations in {started.Elapsed.TotalSeconds:0.0} s");

        var tenant = new TenantContext();
        tenant.Set(bed.Firm.FirmId);
        // Not pooled: a template database must be left without connections, or CREATE DATABASE … TEMPLATE fails.
        await using (var source = new AppDbContext(DataServices.BuildOptions(DatabaseProvider.Postgres, bed.Postgres.ConnectionString(bed.Template) + ";Pooling=false")))
        await using (var target = new AppDbContext(DataServices.BuildOptions(DatabaseProvider.Sqlite, ConnectionString(temp))) { Tenant = tenant })
            await ModelCopier.CopyAsync(source, target, log, ct);

        // One self-contained file: the last connection to close folds the WAL back in and deletes it, hence the
        // pool cleared first. It stays in WAL mode: the app's connection interceptor sets WAL on every open, and
        // EF checks that the database exists on a read-only connection, where switching modes fails. Planner
        // statistics, as PostgreSQL's template has (VACUUM ANALYZE); sampled, since a full ANALYZE of L takes minutes.
        SqliteConnection.ClearAllPools();
        await using (var conn = new SqliteConnection(ConnectionString(temp) + ";Pooling=false"))
        {
            await conn.OpenAsync(ct);
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "PRAGMA analysis_limit=1000; ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);";
            await cmd.ExecuteNonQueryAsync(ct);
        }
        if (File.Exists(temp + "-wal"))
            throw new InvalidOperationException($"{temp} still has a WAL file: another connection held it open.");
        File.Move(temp, template, overwrite: true);
        log.WriteLine($"  SQLite template built in {started.Elapsed.TotalSeconds:0.0} s ({new FileInfo(template).Length / 1e6:N0} MB)");
    }

    /// <summary>A SQLite file with its WAL and shared-memory files.</summary>
    public static void Delete(string file)
    {
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            File.Delete(f);
    }

    /// <summary>The newest migration of the SQLite migrations assembly.</summary>
    private static string SchemaVersion() =>
        Assembly.Load("CaseTrak.Migrations.Sqlite").GetTypes()
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .Where(id => id is not null).Max()!.Split('_')[0];
}
