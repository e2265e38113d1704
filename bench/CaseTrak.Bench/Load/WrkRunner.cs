using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CaseTrak.Bench.Harness;

namespace CaseTrak.Bench.Load;

/// <summary>
/// Throughput with Debian's wrk when /usr/bin/wrk exists (one fixed URL only); otherwise callers fall back to
/// the in-process <see cref="ClosedLoopRunner"/>. wrk runs outside our process, so it does not share our GC.
/// </summary>
public static partial class WrkRunner
{
    private const string Wrk = "/usr/bin/wrk";

    public static bool Available => File.Exists(Wrk);

    /// <summary>
    /// With <paramref name="paths"/>, each request takes a random one of them (a Lua script), so wrk can drive
    /// "random matter" scenarios from outside our process too.
    /// </summary>
    public static async Task<Sample> RunAsync(Uri url, int connections, TimeSpan duration, string? bearerToken, CancellationToken ct,
        IReadOnlyList<string>? paths = null)
    {
        var psi = new ProcessStartInfo(Wrk) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var script = paths is null ? null : RandomPathScript.Write(paths);
        if (script is not null)
        {
            psi.ArgumentList.Add("-s");
            psi.ArgumentList.Add(script.Path);
        }
        foreach (var a in new[] { "-t", "2", "-c", connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{Math.Max(1, (int)duration.TotalSeconds)}s", "--latency" })
            psi.ArgumentList.Add(a);
        if (bearerToken is not null)
        {
            psi.ArgumentList.Add("-H");
            psi.ArgumentList.Add($"Authorization: Bearer {bearerToken}");
        }
        psi.ArgumentList.Add(url.ToString());
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = Non2xx().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new Sample(rps, "req/s", requests, non2xx, Percentile(output, "50%"), double.NaN, Percentile(output, "99%"), duration.TotalSeconds);
    }

    private static double Percentile(string output, string label)
    {
        var m = Regex.Match(output, $@"^\s*{Regex.Escape(label)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!m.Success)
            return double.NaN;
        var v = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => v / 1000, "s" => v * 1000, _ => v };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();
}
