using Npgsql;
using NpgsqlTypes;

namespace CaseTrak.Bench.Seeding;

/// <summary>Writes rows with PostgreSQL binary COPY. Each value is (value, type); null writes NULL.</summary>
public sealed class BinaryCopy(NpgsqlConnection connection)
{
    public async Task<long> CopyAsync(string table, string[] columns, IEnumerable<object?[]> rows, NpgsqlDbType[] types, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", ct);
        // Completing runs the foreign-key checks of every row, which at profile L on a busy machine outlasts the 30 s default.
        writer.Timeout = TimeSpan.Zero;
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null)
                    await writer.WriteNullAsync(ct);
                else
                    await writer.WriteAsync(row[i], types[i], ct);
            }
        }
        return (long)await writer.CompleteAsync(ct);
    }
}
