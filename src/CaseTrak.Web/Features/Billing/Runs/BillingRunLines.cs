using System.Text.Json;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// The lines of a batch of run bills as one INSERT … SELECT from the work the batch claimed (status draft, bill id
/// set). It builds exactly what <see cref="DraftBillHandler"/> builds in memory for "all unbilled work", so a run's
/// draft and a hand-drafted one are the same (the run tests compare them field by field):
/// time first by date and creation, then disbursements with agent disbursements last; a time line carries the
/// entry's units, unit, rate and value (zero and "(no charge)" for no-charge time) at the firm's default VAT rate;
/// a disbursement line its amount at its own VAT rate (none for an agent disbursement); VAT per line half-up
/// (<see cref="BillingRules.Vat"/>). Positions restart at 1 on each bill. Only the new ids and the id list differ
/// between PostgreSQL and SQLite.
/// </summary>
internal static class BillingRunLines
{
    private const string Insert = """
        INSERT INTO invoice_lines (firm_id, id, invoice_id, matter_id, "position", kind, "date", description, time_entry_id, disbursement_id,
            user_id, activity_code, task_code, units, unit_minutes, rate_minor, original_net_minor, net_minor, vat_rate_bp, vat_minor)
        SELECT w.firm_id, {NEWID}, w.invoice_id, w.matter_id,
               ROW_NUMBER() OVER (PARTITION BY w.invoice_id ORDER BY w.grp, w.agent, w."date", w.created_at, w.id),
               w.kind, w."date", w.description, w.time_entry_id, w.disbursement_id, w.user_id, w.activity_code, w.task_code, w.units,
               w.unit_minutes, w.rate_minor, w.net, w.net, w.vat_bp,
               CASE WHEN w.net * w.vat_bp < 0 THEN -((-(w.net * w.vat_bp) + 5000) / 10000) ELSE (w.net * w.vat_bp + 5000) / 10000 END
        FROM (
            SELECT t.firm_id, t.id, t.invoice_id, t.matter_id, 0 AS grp, 0 AS agent, t."date", t.created_at, 0 AS kind,
                   CASE WHEN t.billability = 2 THEN t.narrative || ' (no charge)' ELSE t.narrative END AS description,
                   t.id AS time_entry_id, NULL AS disbursement_id, t.user_id, t.activity_code, t.task_code, t.units, t.unit_minutes,
                   t.rate_minor, CASE WHEN t.billability = 2 THEN 0 ELSE t.value_minor END AS net, {1} AS vat_bp
            FROM time_entries t
            WHERE t.firm_id = {0} AND t.status = 1 AND t.invoice_id {IN}
            UNION ALL
            SELECT d.firm_id, d.id, d.invoice_id, d.matter_id, 1, CASE WHEN d.is_agent_disbursement THEN 1 ELSE 0 END, d."date", d.created_at,
                   CASE WHEN d.is_agent_disbursement THEN 2 ELSE 1 END, d.description, NULL, d.id, NULL, NULL, NULL, NULL, NULL,
                   d.amount_minor, d.amount_minor, CASE WHEN d.is_agent_disbursement THEN 0 ELSE d.vat_rate_bp END
            FROM disbursements d
            WHERE d.firm_id = {0} AND d.status = 1 AND d.invoice_id {IN}
        ) AS w
        """;

    /// <summary>A version-4 uuid in SQLite's text form of a Guid (upper case, as EF stores them).</summary>
    private const string SqliteNewId = """
        (hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
         || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
        """;

    private static readonly string Postgres = Insert.Replace("{NEWID}", "gen_random_uuid()").Replace("{IN}", "= ANY({2})");
    private static readonly string Sqlite = Insert.Replace("{NEWID}", SqliteNewId).Replace("{IN}", "IN (SELECT value FROM json_each({2}))");

    /// <summary>
    /// Claims the batch's work for its bills (status draft, bill id, version + 1, as <see cref="BillWork.Move(TimeEntry, WipStatus, Guid?)"/>)
    /// by joining each bill on its matter: one pass over the work, where a per-row subquery over the batch's bill ids cost seconds.
    /// </summary>
    private const string ClaimTime = """
        UPDATE time_entries SET status = 1, invoice_id = i.id, version = time_entries.version + 1
        FROM invoices AS i
        WHERE i.firm_id = {0} AND i.id {IN} AND time_entries.firm_id = {0} AND time_entries.matter_id = i.matter_id
          AND time_entries.status = 0 AND time_entries.billability <> 1 AND time_entries."date" <= {1}
          AND ({3} = 0 OR time_entries.approval <> 1)
        """;

    private const string ClaimDisbursements = """
        UPDATE disbursements SET status = 1, invoice_id = i.id, version = disbursements.version + 1
        FROM invoices AS i
        WHERE i.firm_id = {0} AND i.id {IN} AND disbursements.firm_id = {0} AND disbursements.matter_id = i.matter_id
          AND disbursements.status = 0 AND disbursements."date" <= {1}
        """;

    public static async Task ClaimAsync(AppDbContext db, IReadOnlyList<Guid> billIds, BillingRunScope scope, CancellationToken ct)
    {
        var (dialect, ids) = Dialect(db, billIds);
        object[] args = [db.CurrentFirmId, scope.UpTo, ids, scope.RequireApproval ? 1 : 0];
        await db.Database.ExecuteSqlRawAsync(ClaimTime.Replace("{IN}", dialect), args, ct);
        await db.Database.ExecuteSqlRawAsync(ClaimDisbursements.Replace("{IN}", dialect), args, ct);
    }

    private static (string In, object Ids) Dialect(AppDbContext db, IReadOnlyList<Guid> billIds) => db.Database.IsNpgsql()
        ? ("= ANY({2})", billIds.ToArray())
        : ("IN (SELECT value FROM json_each({2}))", JsonSerializer.Serialize(billIds.Select(id => id.ToString("D").ToUpperInvariant())));

    public static Task<int> InsertAsync(AppDbContext db, IReadOnlyList<Guid> billIds, int vatRateBp, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlRawAsync(Postgres, [db.CurrentFirmId, vatRateBp, billIds.ToArray()], ct)
            : db.Database.ExecuteSqlRawAsync(Sqlite, [db.CurrentFirmId, vatRateBp,
                JsonSerializer.Serialize(billIds.Select(id => id.ToString("D").ToUpperInvariant()))], ct);
}
