using System.Globalization;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CsvHelper;

namespace CaseTrak.Web.Features.Audit;

/// <summary>
/// CSV of exactly what the filters select. Cells a spreadsheet would treat as a formula (= + - @, tab,
/// carriage return) are prefixed with an apostrophe (OWASP CSV injection guidance).
/// </summary>
public sealed class ExportAuditHandler(ListAuditHandler list, AuditLog audit, AppDbContext db)
{
    public async Task WriteCsvAsync(AuditQuery query, Stream output, CancellationToken ct)
    {
        var rows = list.StreamAsync(query); // validates the filters before anything is written
        // The export is itself a read of the audit log worth recording, before the data leaves.
        audit.Record(AuditAction.AuditExported, "AuditLog", null, details: new { query.From, query.To, query.ActorId, query.Action });
        await db.SaveChangesAsync(ct);

        await using var writer = new StreamWriter(output, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in new[] { "seq", "at", "actor_id", "actor", "action", "action_code", "target_type", "target_id", "outcome", "ip", "details" })
            csv.WriteField(header);
        await csv.NextRecordAsync();
        await foreach (var e in rows.WithCancellation(ct))
        {
            csv.WriteField(e.Seq);
            csv.WriteField(e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            csv.WriteField(e.ActorId?.ToString());
            csv.WriteField(Neutralise(e.ActorName));
            csv.WriteField(e.Action.ToString());
            csv.WriteField(e.ActionCode);
            csv.WriteField(Neutralise(e.TargetType));
            csv.WriteField(e.TargetId?.ToString());
            csv.WriteField(e.Outcome.ToString());
            csv.WriteField(Neutralise(e.IpAddress));
            csv.WriteField(Neutralise(e.Details));
            await csv.NextRecordAsync();
        }
    }

    public static string? Neutralise(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
