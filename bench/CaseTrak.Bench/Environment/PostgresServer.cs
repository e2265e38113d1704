using System.Diagnostics;
using CaseTrak.Bench.Harness;
using Npgsql;

namespace CaseTrak.Bench.Environment;

/// <summary>
/// A throwaway PostgreSQL for one run: scripts/pg.sh creates and starts it (its test defaults turn fsync
/// off), then we restart it with <see cref="BenchSettings"/>, durable as in production. Stopped and deleted on dispose.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>Durability on (fsync, synchronous commit, full-page writes), enough connections and a sane buffer.</summary>
    public const string BenchSettings = "-c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=300 -c shared_buffers=256MB";

    private readonly string _script;
    private readonly string _tmp;

    private PostgresServer(string script, string tmp, int port)
    {
        _script = script;
        _tmp = tmp;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Maximum Pool Size=100;No Reset On Close=true";

    /// <summary>A libpq URI for the command-line tools (pg_dump, pg_restore).</summary>
    public string ConnectionUri(string database) => $"postgresql://postgres@127.0.0.1:{Port}/{database}";

    public static async Task<PostgresServer> StartAsync(TextWriter log, CancellationToken ct)
    {
        var script = Path.Combine(RepoRoot.Find(), "scripts", "pg.sh");
        var port = 56000 + System.Environment.ProcessId % 1000;
        var output = await BashAsync(script, $$"""
            export PG_PORT={{port}} PG_DB=casetrak_bench_admin
            pg_start >&2 || exit 1
            AS_PG=(); [ "$(id -u)" = "0" ] && AS_PG=(runuser -u postgres --)
            "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 -m fast \
              -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_TMP {{BenchSettings}}" restart >&2 || { cat "$PG_TMP/server.log" >&2; pg_stop; exit 1; }
            echo "$PG_TMP"
            """, ct);
        var server = new PostgresServer(script, output.Trim(), port);
        log.WriteLine($"PostgreSQL on 127.0.0.1:{port} ({server._tmp}), fsync on");
        return server;
    }

    public async Task<string> VersionAsync(CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(ConnectionString("postgres"));
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SHOW server_version", conn);
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await BashAsync(_script, $"PG_TMP='{_tmp}'; pg_stop", CancellationToken.None);
    }

    private static async Task<string> BashAsync(string script, string body, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var bash = Process.Start(psi) ?? throw new InvalidOperationException("bash did not start.");
        await bash.StandardInput.WriteAsync($"source '{script}'\n{body}\n");
        bash.StandardInput.Close();
        var stdout = bash.StandardOutput.ReadToEndAsync(ct);
        var stderr = bash.StandardError.ReadToEndAsync(ct);
        await bash.WaitForExitAsync(ct);
        if (bash.ExitCode != 0)
            throw new InvalidOperationException($"PostgreSQL script failed ({bash.ExitCode}): {await stderr}");
        return await stdout;
    }
}
