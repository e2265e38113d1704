namespace CaseTrak.Bench.Load;

/// <summary>
/// One request or query of a load test. Returns false for a failed request (non-2xx, exception), which is
/// counted as an error, never as throughput.
/// </summary>
public delegate ValueTask<bool> LoadOperation(CancellationToken ct);
