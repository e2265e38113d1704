namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// Scenario 9's baseline: the billing run written by hand as set-based PostgreSQL, one transaction, the same
/// rows as the app (bills, claimed time and disbursements, lines with per-line VAT half-up, totals). Firm-scoped
/// but without the barrier filter and without audit rows (scenario 11 prices those). @firm, @upto (the day), @user and @vat (basis points).
/// </summary>
public static class BillingRunSql
{
    public const string Run = """
        CREATE TEMP TABLE run_bills ON COMMIT DROP AS
        SELECT gen_random_uuid() AS id, m.id AS matter_id, m.client_id
        FROM matters m
        WHERE m.firm_id = @firm
          AND (EXISTS (SELECT 1 FROM time_entries t WHERE t.firm_id = @firm AND t.matter_id = m.id AND t.status = 0 AND t.billability = 0 AND t.date <= @upto)
            OR EXISTS (SELECT 1 FROM disbursements d WHERE d.firm_id = @firm AND d.matter_id = m.id AND d.status = 0 AND d.date <= @upto))
          AND NOT EXISTS (SELECT 1 FROM fee_arrangements a WHERE a.firm_id = @firm AND a.matter_id = m.id AND a.kind = 1)
          AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.firm_id = @firm AND i.matter_id = m.id AND i.status = 0);
        ANALYZE run_bills;

        INSERT INTO invoices (firm_id, id, matter_id, client_id, kind, status, currency, net_minor, vat_minor, total_minor, paid_minor,
            credited_minor, created_by_user_id, created_at, version)
        SELECT @firm, id, matter_id, client_id, 0, 0, 'GBP', 0, 0, 0, 0, 0, @user, now(), 0 FROM run_bills;

        UPDATE time_entries t SET status = 1, invoice_id = b.id, version = t.version + 1
        FROM run_bills b
        WHERE t.firm_id = @firm AND t.matter_id = b.matter_id AND t.status = 0 AND t.billability <> 1 AND t.date <= @upto;

        UPDATE disbursements d SET status = 1, invoice_id = b.id, version = d.version + 1
        FROM run_bills b
        WHERE d.firm_id = @firm AND d.matter_id = b.matter_id AND d.status = 0 AND d.date <= @upto;

        INSERT INTO invoice_lines (firm_id, id, invoice_id, matter_id, position, kind, date, description, time_entry_id, disbursement_id,
            user_id, activity_code, task_code, units, unit_minutes, rate_minor, original_net_minor, net_minor, vat_rate_bp, vat_minor)
        SELECT w.firm_id, gen_random_uuid(), w.invoice_id, w.matter_id,
               row_number() OVER (PARTITION BY w.invoice_id ORDER BY w.grp, w.agent, w.date, w.created_at, w.id),
               w.kind, w.date, w.description, w.time_entry_id, w.disbursement_id, w.user_id, w.activity_code, w.task_code, w.units,
               w.unit_minutes, w.rate_minor, w.net, w.net, w.vat_bp, CASE WHEN w.net * w.vat_bp < 0 THEN -((-(w.net * w.vat_bp) + 5000) / 10000) ELSE (w.net * w.vat_bp + 5000) / 10000 END
        FROM (
            SELECT t.firm_id, t.id, t.invoice_id, t.matter_id, 0 AS grp, false AS agent, t.date, t.created_at, 0 AS kind,
                   CASE WHEN t.billability = 2 THEN t.narrative || ' (no charge)' ELSE t.narrative END AS description,
                   t.id AS time_entry_id, NULL::uuid AS disbursement_id, t.user_id, t.activity_code, t.task_code, t.units, t.unit_minutes,
                   t.rate_minor, CASE WHEN t.billability = 2 THEN 0 ELSE t.value_minor END AS net, @vat AS vat_bp
            FROM time_entries t JOIN run_bills b ON t.firm_id = @firm AND t.invoice_id = b.id
            UNION ALL
            SELECT d.firm_id, d.id, d.invoice_id, d.matter_id, 1, d.is_agent_disbursement, d.date, d.created_at,
                   CASE WHEN d.is_agent_disbursement THEN 2 ELSE 1 END, d.description, NULL, d.id, NULL, NULL, NULL, NULL, NULL,
                   d.amount_minor, d.amount_minor, CASE WHEN d.is_agent_disbursement THEN 0 ELSE d.vat_rate_bp END
            FROM disbursements d JOIN run_bills b ON d.firm_id = @firm AND d.invoice_id = b.id
        ) AS w;

        UPDATE invoices i SET net_minor = s.net, vat_minor = s.vat, total_minor = s.net + s.vat
        FROM (SELECT l.invoice_id, sum(l.net_minor) AS net, sum(l.vat_minor) AS vat
              FROM invoice_lines l JOIN run_bills b ON l.firm_id = @firm AND l.invoice_id = b.id GROUP BY l.invoice_id) AS s
        WHERE i.firm_id = @firm AND i.id = s.invoice_id;
        """;

    /// <summary>What the run made, to check both sides did the same work: bills, lines, net and VAT.</summary>
    public const string Outcome = """
        SELECT (SELECT count(*) FROM invoices WHERE firm_id = @firm AND status = 0),
               (SELECT count(*) FROM invoice_lines WHERE firm_id = @firm),
               (SELECT coalesce(sum(net_minor), 0) FROM invoices WHERE firm_id = @firm AND status = 0),
               (SELECT coalesce(sum(vat_minor), 0) FROM invoices WHERE firm_id = @firm AND status = 0)
        """;

    /// <summary>Back to the seeded state (seeded work has no bill id; every draft is a run's).</summary>
    public static readonly string[] Reset =
    [
        "UPDATE time_entries SET status = 0, invoice_id = NULL WHERE firm_id = @firm AND invoice_id IS NOT NULL",
        "UPDATE disbursements SET status = 0, invoice_id = NULL WHERE firm_id = @firm AND invoice_id IS NOT NULL",
        "DELETE FROM invoice_lines WHERE firm_id = @firm",
        "DELETE FROM invoices WHERE firm_id = @firm",
    ];
}
