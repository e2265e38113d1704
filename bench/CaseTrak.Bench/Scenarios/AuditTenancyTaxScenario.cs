using CaseTrak.Bench.Environment;
using CaseTrak.Bench.Harness;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// 11 — Audit + tenancy tax: scenarios 2 and 4 against the app as shipped vs the app built with
/// <see cref="DataModelSwitches"/> for the barrier filter and the audit trail off, both on the run database (one
/// firm, whose barriers all list the bench user, so both return the same rows), each in its own process (<see cref="AppProcess"/>).
/// The tenant filter stays on in both: it is the firm_id that leads every index and key, so without it reads
/// fall back to sequential scans (at S the matter list's p95 went from 8 to 85 ms) and "off" would only measure
/// a schema built for the filter. Goal: ≤ 10% loss each: matter reads on ≥ 0.9× off, matter list p95 on ≤ 1.1× off.
/// Scenario 5 (time entry POST, where the audit row costs most) joins when it exists.
/// </summary>
public sealed class AuditTenancyTaxScenario : IScenario
{
    private static readonly DataModelSwitches Off = new(TenantFilter: true, BarrierFilter: false, AuditTrail: false);

    public int Id => 11;
    public string Name => "Audit + tenancy tax (2 and 4, on vs off)";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var database = context.Bed.ConnectionString;
        await using var on = await AppProcess.StartAsync("on", DatabaseProvider.Postgres, database, DataModelSwitches.Production, ct);
        await using var off = await AppProcess.StartAsync("off", DatabaseProvider.Postgres, database, Off, ct);
        if (on.QueryFilters != "Tenant,Barrier" || off.QueryFilters != "Tenant")
            throw new InvalidOperationException($"The switches did not shape the models as expected: on has {on.QueryFilters}, off has {off.QueryFilters}.");
        context.Log.WriteLine($"  on: {on.BaseAddress} ({on.LogFile}); off: {off.BaseAddress} ({off.LogFile})");

        var compare = new TwoAppComparison(context,
            baseline: await SignedInApp.SignInAsync("off", off.BaseAddress, ct),
            subject: await SignedInApp.SignInAsync("on", on.BaseAddress, ct));
        var byId = await compare.MatterByIdAsync(Id, Goal.AtLeast(0.9, "on ≥ 0.9× off"), ct);
        var list = await compare.MatterListLatencyAsync(Id, Goal.AtMost(1.1, "p95 on ≤ 1.1× off"), ct);
        return CombinedResult.Of(Id, Name, [("matter by id, throughput", byId), ("matter list, p95", list)],
            ["each app in its own process on the run database; off = no barrier filter and no audit rows, tenant filter kept (it carries the firm_id every index leads with)"]);
    }
}
