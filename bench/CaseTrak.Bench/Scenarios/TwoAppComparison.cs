using CaseTrak.Bench.Environment;
using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Load;
using CaseTrak.Bench.Seeding;

namespace CaseTrak.Bench.Scenarios;

/// <summary>An app server with the bench user signed in: one side of scenario 11 or 12.</summary>
public sealed record SignedInApp(string Label, Uri BaseAddress, string Token)
{
    public static async Task<SignedInApp> SignInAsync(string label, Uri baseAddress, CancellationToken ct) =>
        new(label, baseAddress, await AppServer.SignInAsync(baseAddress, BenchFirm.Email, BenchFirm.Password, ct));
}

/// <summary>
/// Scenarios 2 and 4's loads against two app servers in ABBA (11: barriers and audit off vs on; 12: PostgreSQL
/// vs SQLite): matter by id as throughput (random matters at N connections, as in 2) and the open
/// matter list either as p95 at the open-loop rate (as in 4) or as throughput at N connections.
/// </summary>
public sealed class TwoAppComparison(ScenarioContext context, SignedInApp baseline, SignedInApp subject)
{
    public const string ListPath = "/api/v1/matters?status=open&limit=50";

    public async Task<ScenarioResult> MatterByIdAsync(int id, Goal goal, CancellationToken ct)
    {
        // As scenario 2: a fixed random sample of matters, so wrk (outside our process) can pick among them.
        var firm = context.Bed.Firm;
        var random = new Random(id);
        var paths = Enumerable.Range(0, 5_000).Select(_ => $"/api/v1/matters/{firm.MatterId(random.Next(firm.Profile.Matters))}").ToList();
        using var a = Client(baseline);
        using var b = Client(subject);
        var rounds = await context.Abba.RunAsync(
            context.RandomThroughput($"{baseline.Label}: GET matter", a, paths, baseline.Token),
            context.RandomThroughput($"{subject.Label}: GET matter", b, paths, subject.Token), ct);
        return ScenarioResult.From(id, "GET matter by id", rounds, goal, Describe.Throughput,
            [$"{LoadTool}, {context.Options.Connections} connections, 5,000 random matters; worst-round subject p99 {rounds.Max(r => r.Subject.P99Ms):0.0} ms"]);
    }

    public async Task<ScenarioResult> MatterListLatencyAsync(int id, Goal goal, CancellationToken ct)
    {
        using var a = Client(baseline);
        using var b = Client(subject);
        var rounds = await context.Abba.RunAsync(
            context.OpenLoop($"{baseline.Label}: matter list", a.Get(() => ListPath)),
            context.OpenLoop($"{subject.Label}: matter list", b.Get(() => ListPath)), ct);
        return ScenarioResult.From(id, "matter list p95", rounds, goal, Describe.Latency,
            [$"open loop at {context.Options.Rate} req/s; ratio = subject p95 / baseline p95 (lower is better)"]);
    }

    public async Task<ScenarioResult> MatterListThroughputAsync(int id, Goal goal, CancellationToken ct)
    {
        using var a = Client(baseline);
        using var b = Client(subject);
        var rounds = await context.Abba.RunAsync(
            context.Throughput($"{baseline.Label}: matter list", a, ListPath, baseline.Token),
            context.Throughput($"{subject.Label}: matter list", b, ListPath, subject.Token), ct);
        return ScenarioResult.From(id, "matter list throughput", rounds, goal, Describe.Throughput,
            [$"{LoadTool}, {context.Options.Connections} connections"]);
    }

    private static string LoadTool => WrkRunner.Available ? "wrk" : "in-process closed loop";

    private HttpLoad Client(SignedInApp app) => new(app.BaseAddress, context.Options.Connections, app.Token);
}
