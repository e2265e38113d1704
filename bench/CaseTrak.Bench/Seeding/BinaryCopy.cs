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
