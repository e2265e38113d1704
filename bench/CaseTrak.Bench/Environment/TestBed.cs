using System.Reflection;
using CaseTrak.Bench.Seeding;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CaseTrak.Bench.Environment;

/// <summary>
/// Everything a run needs: PostgreSQL (fsync on), the seeded firm kept as a template database (seeded once per
/// profile, seed, generator and schema; later databases are cheap CREATE DATABASE … TEMPLATE copies), a
/// working copy, the real app on it and a signed-in bearer token.
/// </summary>
public sealed class TestBed : IAsyncDisposable
{
    /// <summary>Bump when the generator changes, so an old template is not reused.</summary>
    public const string GeneratorVersion = "g5";
    public const int Seed = 4242;

    private TestBed(PostgresServer postgres, BenchFirm firm, string template, string database, AppServer app, string token)
    {
        Postgres = postgres;
        Firm = firm;
        Template = template;
        Database = database;
        App = app;
        Token = token;
    }

    public PostgresServer Postgres { get; }
    public BenchFirm Firm { get; }

    /// <summary>The seeded template database (read-only; its name also keys caches such as the SQLite copy).</summary>
    public string Template { get; }
    public string Database { get; }
    public AppServer App { get; }
    public string Token { get; }
    public string ConnectionString => Postgres.ConnectionString(Database);

    /// <param name="withWork">
    /// Seed the firm's recorded work too (time, disbursements, client money: <see cref="Scenarios.IScenario.NeedsWork"/>).
    /// The two kinds of template are named apart ("core" after the generator version), so each is cached on its own.
    /// </param>
    public static async Task<TestBed> StartAsync(Harness.Profile profile, bool withWork, TextWriter log, CancellationToken ct)
    {
        var postgres = await PostgresServer.StartAsync(log, ct);
        try
        {
            var firm = new BenchFirm(profile, Seed);
            var template = firm.TemplateName(GeneratorVersion + (withWork ? "" : "core") + "_" + SchemaVersion());
            await PrepareTemplateAsync(postgres, firm, withWork, template, log, ct);

            var database = $"ct_run_{profile.Name.ToLowerInvariant()}";
            await AdminAsync(postgres, $"DROP DATABASE IF EXISTS {database}", ct);
            await AdminAsync(postgres, $"CREATE DATABASE {database} TEMPLATE {template}", ct);
            var app = await AppServer.StartAsync(postgres.ConnectionString(database), null, ct);
            var token = await app.SignInAsync(BenchFirm.Email, BenchFirm.Password, ct);
            log.WriteLine($"App on {app.BaseAddress} (database {database}), signed in as {BenchFirm.Email}");
            return new TestBed(postgres, firm, template, database, app, token);
        }
        catch
        {
            await postgres.DisposeAsync();
            throw;
        }
    }

    /// <summary>Reuses the template when this server has it, restores it from the cache file, or seeds it.</summary>
    private static async Task PrepareTemplateAsync(PostgresServer postgres, BenchFirm firm, bool withWork, string template, TextWriter log, CancellationToken ct)
    {
        if (await DatabaseExistsAsync(postgres, template, ct))
        {
            log.WriteLine($"Template {template} exists: seeding skipped");
            return;
        }
        var cache = new TemplateCache(postgres, log);
        await AdminAsync(postgres, $"CREATE DATABASE {template}", ct);
        if (cache.Has(template))
            await cache.RestoreAsync(template, ct);
        else
        {
            await SeedAsync(postgres, firm, withWork, template, log, ct);
            await cache.SaveAsync(template, ct);
        }
        await using (var conn = new NpgsqlConnection(postgres.ConnectionString(template)))
        {
            await conn.OpenAsync(ct);
            await using var analyze = new NpgsqlCommand("VACUUM (ANALYZE)", conn) { CommandTimeout = 0 };
            await analyze.ExecuteNonQueryAsync(ct);
        }
        NpgsqlConnection.ClearAllPools(); // a template must have no open connections
        await AdminAsync(postgres, $"ALTER DATABASE {template} WITH IS_TEMPLATE true", ct);
    }

    private static async Task SeedAsync(PostgresServer postgres, BenchFirm firm, bool withWork, string template, TextWriter log, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        log.WriteLine($"Seeding template {template} ({firm.Profile.Matters:N0} matters, {firm.Profile.Parties:N0} parties)…");
        // Starting the app once applies its migrations: the schema is exactly the app's.
        await (await AppServer.StartAsync(postgres.ConnectionString(template), null, ct)).DisposeAsync();
        await using (var conn = new NpgsqlConnection(postgres.ConnectionString(template)))
        {
            await conn.OpenAsync(ct);
            await new FirmSeeder(firm, log).SeedAsync(conn, withWork, ct);
        }
        NpgsqlConnection.ClearAllPools();
        log.WriteLine($"Seeded in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
    }

    /// <summary>
    /// The newest migration of the Postgres migrations assembly plus a short hash of every migration id, so a
    /// migration regenerated under an older timestamp than the newest still changes the template's name.
    /// </summary>
    private static string SchemaVersion()
    {
        var ids = Assembly.Load("CaseTrak.Migrations.Postgres").GetTypes()
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>().Order(StringComparer.Ordinal).ToList();
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(",", ids))));
        return ids[^1].Split('_')[0] + hash[..6].ToLowerInvariant();
    }

    private static async Task<bool> DatabaseExistsAsync(PostgresServer postgres, string name, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(postgres.ConnectionString("postgres"));
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", conn) { Parameters = { new() { Value = name } } };
        return await cmd.ExecuteScalarAsync(ct) is not null;
    }

    private static async Task AdminAsync(PostgresServer postgres, string sql, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(postgres.ConnectionString("postgres") + ";Pooling=false");
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}
