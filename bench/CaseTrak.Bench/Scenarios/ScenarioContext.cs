using CaseTrak.Bench.Environment;
using CaseTrak.Bench.Harness;
using CaseTrak.Bench.Load;
using Npgsql;

namespace CaseTrak.Bench.Scenarios;

/// <summary>What scenarios share: options, the test bed (database, app, token), the bare Kestrel and raw Npgsql.</summary>
public sealed class ScenarioContext(BenchOptions options, TestBed bed, BareKestrel bare, NpgsqlDataSource raw, TextWriter log)
{
    public BenchOptions Options => options;
    public TestBed Bed => bed;
    public BareKestrel Bare => bare;
    public NpgsqlDataSource Raw => raw;
    public TextWriter Log => log;
    public AbbaRunner Abba => new(options, log);

    public HttpLoad AppClient() => new(bed.App.BaseAddress, options.Connections, bed.Token);
    public HttpLoad BareClient() => new(bare.BaseAddress, options.Connections);

    /// <summary>Throughput of one fixed URL: wrk when installed, else the in-process closed loop.</summary>
    public Side Throughput(string label, HttpLoad client, string path, string? token) => new(label, (duration, ct) =>
        WrkRunner.Available
            ? WrkRunner.RunAsync(new Uri(client.Client.BaseAddress!, path), options.Connections, duration, token, ct)
            : ClosedLoopRunner.RunAsync(client.Get(() => path), options.Connections, duration, ct));

    /// <summary>Throughput over random paths of a list: wrk with a Lua script when installed, else the in-process closed loop.</summary>
    public Side RandomThroughput(string label, HttpLoad client, IReadOnlyList<string> paths, string? token) => new(label, (duration, ct) =>
        WrkRunner.Available
            ? WrkRunner.RunAsync(client.Client.BaseAddress!, options.Connections, duration, token, ct, paths)
            : ClosedLoopRunner.RunAsync(client.Get(() => paths[Random.Shared.Next(paths.Count)]), options.Connections, duration, ct));

    public Side ClosedLoop(string label, LoadOperation operation) =>
        new(label, (duration, ct) => ClosedLoopRunner.RunAsync(operation, options.Connections, duration, ct));

    public Side OpenLoop(string label, LoadOperation operation) =>
        new(label, (duration, ct) => OpenLoopRunner.RunAsync(operation, options.Rate, duration, ct));
}
