using CaseTrak.Bench.Harness;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// One row of PERFORMANCE.md's table: a baseline/subject pair run through <see cref="AbbaRunner"/> and judged
/// against a goal. Add a scenario by implementing this and listing it in <see cref="ScenarioCatalog"/>.
/// </summary>
public interface IScenario
{
    int Id { get; }
    string Name { get; }

    /// <summary>
    /// Whether it reads the firm's recorded work (time, disbursements, bills, client money), which is most of the
    /// seeding time and of the SQLite copy at L; without it the run seeds only the firm, contacts and matters.
    /// </summary>
    bool NeedsWork => false;

    Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken ct);
}
