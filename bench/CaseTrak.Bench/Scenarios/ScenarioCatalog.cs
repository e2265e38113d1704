namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// The scenarios of PERFORMANCE.md that exist so far. Still to come for issue 4 (each an <see cref="IScenario"/>):
/// 3 EF tax on the hottest queries (same SQL through EF vs raw Npgsql), 6 conflict search (gold set of typos,
/// recall + p95), 11 audit and tenancy tax (scenarios 2 and 4 with the filters/audit off: needs a switch in src),
/// 12 engine parity (scenarios 2 and 4 against a SQLite copy loaded through the app's model).
/// </summary>
public static class ScenarioCatalog
{
    public static readonly IReadOnlyList<IScenario> All =
    [
        new PipelineTaxScenario(),
        new MatterByIdScenario(),
        new MatterListScenario(),
    ];

    public static IScenario Get(int id) => All.FirstOrDefault(s => s.Id == id)
        ?? throw new ArgumentException($"Scenario {id} is not built yet; available: {string.Join(", ", All.Select(s => s.Id))}.");
}
