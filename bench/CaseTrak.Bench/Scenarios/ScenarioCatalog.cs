namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// The scenarios of PERFORMANCE.md that exist so far: 1, 2 and 4; 3 EF tax on the hottest queries (the app's
/// handlers in-process vs raw Npgsql replaying the SQL EF sent); 11 audit and tenancy tax (scenarios 2 and 4 vs
/// the app built with DataModelSwitches for barriers and audit off); 12 engine parity (scenarios 2 and 4 against
/// a SQLite copy of the seeded firm made through the app's model); 6 conflict search (a gold set of typed names
/// from the seeded firm, recall + p95); 5 time-entry POST vs the raw two-insert transaction; 9 the billing run vs
/// the same set-based SQL; 10 client money (receipt POST vs the raw transaction, the 10k-row matter ledger's p95, the
/// reconciliation over the whole account vs the raw SUMs). Scenarios 7 and 8 come with later issues.
/// </summary>
public static class ScenarioCatalog
{
    public static readonly IReadOnlyList<IScenario> All =
    [
        new PipelineTaxScenario(),
        new MatterByIdScenario(),
        new MatterListScenario(),
        new EfTaxScenario(),
        new AuditTenancyTaxScenario(),
        new EngineParityScenario(),
        new ConflictSearchScenario(),
        new TimeEntryPostScenario(),
        new BillingRunScenario(),
        new ClientMoneyScenario(),
    ];

    public static IScenario Get(int id) => All.FirstOrDefault(s => s.Id == id)
        ?? throw new ArgumentException($"Scenario {id} is not built yet; available: {string.Join(", ", All.Select(s => s.Id))}.");
}
