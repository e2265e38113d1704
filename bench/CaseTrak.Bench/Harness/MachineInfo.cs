using System.Runtime.InteropServices;

namespace CaseTrak.Bench.Harness;

/// <summary>The machine a run happened on, printed with every run: figures mean nothing without it.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string LoadAverage, string Os, string Dotnet, string Postgres)
{
    public static MachineInfo Collect(string postgresVersion) => new(
        CpuModel(), System.Environment.ProcessorCount, ReadLoadAverage(), RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription, postgresVersion);

    public static string ReadLoadAverage() => File.Exists("/proc/loadavg")
        ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "n/a";

    private static string CpuModel()
    {
        if (!File.Exists("/proc/cpuinfo"))
            return RuntimeInformation.ProcessArchitecture.ToString();
        var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    public override string ToString() =>
        $"{Cpu}, {Cores} cores, load {LoadAverage}; {Os}; {Dotnet}; PostgreSQL {Postgres}";
}
