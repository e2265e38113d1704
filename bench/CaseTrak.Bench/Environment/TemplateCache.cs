using System.Diagnostics;
using CaseTrak.Bench.Harness;

namespace CaseTrak.Bench.Environment;

/// <summary>
/// The seeded template outlives the throwaway server as a pg_dump file in bench/.cache/ (git-ignored), named
/// like the template (profile, seed, generator and schema version), so a rerun restores instead of seeding.
/// </summary>
public sealed class TemplateCache(PostgresServer postgres, TextWriter log)
{
    private static readonly string Bin = System.Environment.GetEnvironmentVariable("PGBIN") ?? "/usr/lib/postgresql/15/bin";
    private static readonly string Folder = Path.Combine(RepoRoot.Find(), "bench", ".cache");

    private static string FileOf(string template) => Path.Combine(Folder, template + ".dump");

    public bool Has(string template) => File.Exists(FileOf(template));

    /// <summary>Restores the cached dump into the (new, empty) template database.</summary>
    public async Task RestoreAsync(string template, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        await RunAsync("pg_restore", ["--no-owner", "--jobs=2", "--dbname", postgres.ConnectionUri(template), FileOf(template)], ct);
        log.WriteLine($"Restored {template} from {FileOf(template)} in {started.Elapsed.TotalSeconds:0.0} s (seeding skipped)");
    }

    public async Task SaveAsync(string template, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var temp = FileOf(template) + ".tmp";
        await RunAsync("pg_dump", ["--format=custom", "--compress=1", "--file", temp, postgres.ConnectionUri(template)], ct);
        File.Move(temp, FileOf(template), overwrite: true);
        log.WriteLine($"Template cached as {FileOf(template)}");
    }

    private static async Task RunAsync(string tool, string[] args, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(Path.Combine(Bin, tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"{tool} did not start.");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        _ = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await stderr}");
    }
}
