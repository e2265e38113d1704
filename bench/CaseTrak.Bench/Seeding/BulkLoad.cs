using Npgsql;

namespace CaseTrak.Bench.Seeding;

/// <summary>
/// Loads a large table the way a restore does: its indexes, primary key and the foreign keys that point at it
/// are dropped, the rows copied with foreign-key triggers off (the generator makes consistent rows), then
/// everything is rebuilt from the definitions read from the catalogue, so the schema ends exactly as the
/// migrations made it. Ten million random-keyed rows into a live B-tree would take many times longer.
/// </summary>
public static class BulkLoad
{
    public static async Task<long> WithoutIndexesAsync(NpgsqlConnection conn, string table, Func<Task<long>> load, CancellationToken ct)
    {
        var indexes = await ListAsync(conn, """
            SELECT indexdef FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = $1
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass AND c.contype IN ('p', 'u'))
            """, table, ct);
        var indexNames = await ListAsync(conn, """
            SELECT indexname FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = $1
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass AND c.contype IN ('p', 'u'))
            """, table, ct);
        var pk = await ListAsync(conn, "SELECT conname || '|' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'p'", table, ct);
        var referencing = await ListAsync(conn, """
            SELECT conrelid::regclass::text || '|' || conname || '|' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE confrelid = $1::regclass AND contype = 'f'
            """, table, ct);

        foreach (var r in referencing.Select(r => r.Split('|')))
            await ExecAsync(conn, $"ALTER TABLE {r[0]} DROP CONSTRAINT {r[1]}", ct);
        foreach (var name in indexNames)
            await ExecAsync(conn, $"DROP INDEX {name}", ct);
        foreach (var p in pk.Select(p => p.Split('|')))
            await ExecAsync(conn, $"ALTER TABLE {table} DROP CONSTRAINT {p[0]}", ct);

        await ExecAsync(conn, "SET session_replication_role = replica", ct);
        long rows;
        try { rows = await load(); }
        finally { await ExecAsync(conn, "SET session_replication_role = DEFAULT", ct); }

        await ExecAsync(conn, "SET maintenance_work_mem = '512MB'", ct);
        foreach (var p in pk.Select(p => p.Split('|')))
            await ExecAsync(conn, $"ALTER TABLE {table} ADD CONSTRAINT {p[0]} {p[1]}", ct);
        foreach (var def in indexes)
            await ExecAsync(conn, def, ct);
        foreach (var r in referencing.Select(r => r.Split('|')))
            await ExecAsync(conn, $"ALTER TABLE {r[0]} ADD CONSTRAINT {r[1]} {r[2]}", ct);
        await ExecAsync(conn, "RESET maintenance_work_mem", ct);
        return rows;
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection conn, string sql, string table, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { Parameters = { new() { Value = table } } };
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<string>();
        while (await reader.ReadAsync(ct))
            list.Add(reader.GetString(0));
        return list;
    }

    private static async Task ExecAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
