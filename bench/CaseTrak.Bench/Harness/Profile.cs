namespace CaseTrak.Bench.Harness;

/// <summary>Data sizes (PERFORMANCE.md): S is the CI smoke size, L a 500-lawyer firm.</summary>
public sealed record Profile(string Name, int Matters, int Parties, int Users, int TimeEntries)
{
    public static readonly Profile S = new("S", 2_000, 20_000, 25, 100_000);
    public static readonly Profile M = new("M", 20_000, 200_000, 150, 1_000_000);
    public static readonly Profile L = new("L", 100_000, 1_000_000, 500, 10_000_000);

    public static Profile Named(string name) => name.ToUpperInvariant() switch
    {
        "S" => S,
        "M" => M,
        "L" => L,
        _ => throw new ArgumentException($"Unknown profile '{name}': use S, M or L."),
    };
}
