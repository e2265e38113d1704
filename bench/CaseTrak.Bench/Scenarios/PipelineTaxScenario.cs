using CaseTrak.Bench.Harness;

namespace CaseTrak.Bench.Scenarios;

/// <summary>
/// 1 — Pipeline tax: GET /api/v1/me with a bearer token through the full pipeline (auth, session check, rate
/// limiter, tenancy, two queries) vs bare Kestrel returning the same JSON body. Goal ≥ 0.5× K.
/// </summary>
public sealed class PipelineTaxScenario : IScenario
{
    public int Id => 1;
    public string Name => "Pipeline tax (GET /api/v1/me)";

    public async Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken ct)
    {
        using var app = context.AppClient();
        using var bare = context.BareClient();
        var rounds = await context.Abba.RunAsync(
            context.Throughput("K bare Kestrel", bare, "/k/me", null),
            context.Throughput("app /api/v1/me", app, "/api/v1/me", context.Bed.Token), ct);
        return ScenarioResult.From(Id, Name, rounds, Goal.AtLeast(0.5, "≥ 0.5× K"), Describe.Throughput,
            [$"load: {(Load.WrkRunner.Available ? "wrk" : "in-process closed loop")}, {context.Options.Connections} connections"]);
    }
}
