using System.Diagnostics;
using System.Globalization;
using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Seeding;
using CaseTrak.Web.Features.Billing;
using Npgsql;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// 9 — Billing run: the app's <see cref="RunBillingHandler"/> (in-process, in a request-like scope as the bench
/// user, a Partner) drafting a bill for every WIP matter of the seeded firm up to its "today", against
/// <see cref="BillingRunSql"/> doing the same set-based work raw. Each run starts from the seeded state: before
/// each (untimed) the drafts are deleted, the work returned to unbilled and the tables vacuumed. Value = seconds
/// per run; ratio = app / raw (lower is better). Goal ≤ 3×. Both sides must make the same bills, lines and totals.
/// </summary>
public sealed class BillingRunScenario : IScenario
{
    public int Id => 9;
    public string Name => "Billing run (draft every WIP matter)";
    public bool NeedsWork => true;

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var firm = context.Bed.Firm;
        var app = context.Bed.App.Services;
        var user = await AppRequestScope.PrincipalAsync(app, context.Bed.Token);
        var outcomes = new Dictionary<string, string>();
        var raw = Side("raw set-based SQL", context, outcomes, async token =>
        {
            await using var conn = await context.Raw.OpenConnectionAsync(token);
            await using var tx = await conn.BeginTransactionAsync(token);
            await using var cmd = new NpgsqlCommand(BillingRunSql.Run, conn, tx) { CommandTimeout = 0 };
            cmd.Parameters.AddWithValue("firm", firm.FirmId);
            cmd.Parameters.AddWithValue("upto", TimeSeeder.Today);
            cmd.Parameters.AddWithValue("user", firm.UserId);
            cmd.Parameters.AddWithValue("vat", 2000);
            await cmd.ExecuteNonQueryAsync(token);
            await tx.CommitAsync(token);
        });
        var subject = Side("app RunBillingHandler", context, outcomes, async token =>
        {
            await using var scope = AppRequestScope.Begin(app, user);
            var result = await scope.Get<RunBillingHandler>().HandleAsync(new BillingRunRequest(TimeSeeder.Today), token);
            if (result.Bills == 0)
                throw new InvalidOperationException("The billing run drafted nothing: the seeded firm has no WIP.");
        });
        var rounds = await context.Abba.RunAsync(raw, subject, ct);
        await ResetAsync(context, ct);

        var same = outcomes.Values.Distinct().Count() == 1;
        var notes = new List<string>
        {
            $"each side's outcome (bills, lines, net, VAT): {string.Join("; ", outcomes.Select(o => $"{o.Key}: {o.Value}"))}" + (same ? " — identical" : " — DIFFERENT"),
            "one run per sample, from the seeded state (drafts removed and VACUUM before each, untimed); ratio = app seconds / raw seconds",
            $"the app runs in batches of {RunBillingHandler.BatchSize} matters, one transaction each, with a BillDrafted audit row per bill and one BillingRunCompleted; the raw side is one transaction without audit rows or barrier filter",
        };
        var result = ScenarioResult.From(Id, Name, rounds, Goal.AtMost(3, "≤ 3× the set-based SQL"), Seconds, notes);
        return same ? result : result with { Verdict = Verdict.Inconclusive };
    }

    private static Side Side(string label, ScenarioContext context, Dictionary<string, string> outcomes, Func<CancellationToken, Task> run) =>
        new(label, async (_, ct) =>
        {
            await ResetAsync(context, ct);
            var started = Stopwatch.GetTimestamp();
            await run(ct);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var (bills, lines, outcome) = await OutcomeAsync(context, ct);
            outcomes[label] = outcome;
            context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {label}: {seconds:0.00} s, {outcome}"));
            return new Sample(seconds, "s", lines, bills > 0 ? 0 : 1, double.NaN, double.NaN, double.NaN, seconds);
        });

    private static string Seconds(Sample s) => string.Create(CultureInfo.InvariantCulture, $"{s.Value:0.00} s ({s.Requests:N0} lines)");

    private static async Task<(long Bills, long Lines, string Text)> OutcomeAsync(ScenarioContext context, CancellationToken ct)
    {
        await using var cmd = context.Raw.CreateCommand(BillingRunSql.Outcome);
        cmd.Parameters.AddWithValue("firm", context.Bed.Firm.FirmId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (bills, lines, net, vat) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        return (bills, lines, string.Create(CultureInfo.InvariantCulture, $"{bills:N0} bills, {lines:N0} lines, net £{net / 100m:N2}, VAT £{vat / 100m:N2}"));
    }

    private static async Task ResetAsync(ScenarioContext context, CancellationToken ct)
    {
        await using var conn = await context.Raw.OpenConnectionAsync(ct);
        foreach (var sql in BillingRunSql.Reset.Append("VACUUM (ANALYZE) time_entries, disbursements, invoices, invoice_lines"))
        {
            await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
            if (sql.Contains("@firm", StringComparison.Ordinal))
                cmd.Parameters.AddWithValue("firm", context.Bed.Firm.FirmId);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
