using CaseTrak.Bench.Environment;
using CaseTrak.Bench.Harness;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// 12 — Engine parity: scenarios 2 and 4 against the app on SQLite (a copy of the seeded firm made through the
/// app's model, see <see cref="SqliteTemplate"/>) vs the app on the PostgreSQL run database, each in its own
/// process (<see cref="AppProcess"/>), in ABBA. PERFORMANCE.md states it "at 16 connections", so both parts are
/// throughput: matter by id (random matters, as in 2) and the open matter list. Goal: SQLite ≥ 0.5× PostgreSQL each.
/// </summary>
public sealed class EngineParityScenario : IScenario
{
    private static readonly Goal HalfOfPostgres = Goal.AtLeast(0.5, "SQLite ≥ 0.5× PostgreSQL");

    public int Id => 12;
    public string Name => "Engine parity (2 and 4, SQLite vs PostgreSQL)";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        var file = await SqliteTemplate.RunCopyAsync(context.Bed, context.Log, ct);
        try
        {
            await using var postgres = await AppProcess.StartAsync("postgres", DatabaseProvider.Postgres, context.Bed.ConnectionString, DataModelSwitches.Production, ct);
            await using var sqlite = await AppProcess.StartAsync("sqlite", DatabaseProvider.Sqlite, SqliteTemplate.ConnectionString(file), DataModelSwitches.Production, ct);
            context.Log.WriteLine($"  PostgreSQL app: {postgres.BaseAddress} ({postgres.LogFile}); SQLite app: {sqlite.BaseAddress} ({sqlite.LogFile}, {file})");

            var compare = new TwoAppComparison(context,
                baseline: await SignedInApp.SignInAsync("PostgreSQL", postgres.BaseAddress, ct),
                subject: await SignedInApp.SignInAsync("SQLite", sqlite.BaseAddress, ct));
            var byId = await compare.MatterByIdAsync(Id, HalfOfPostgres, ct);
            var list = await compare.MatterListThroughputAsync(Id, HalfOfPostgres, ct);
            return CombinedResult.Of(Id, Name, [("matter by id", byId), ("matter list", list)],
                ["SQLite file on the same disk as PostgreSQL's data, WAL with synchronous=FULL (the app's settings)"]);
        }
        finally
        {
            SqliteTemplate.Delete(file);
        }
    }
}
