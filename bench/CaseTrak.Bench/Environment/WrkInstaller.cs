using System.Diagnostics;
using CaseTrak.Bench.Load;

namespace CaseTrak.Bench.Environment;

/// <summary>
/// PERFORMANCE.md measures throughput with Debian's wrk: install it when it is missing and we run as root (as
/// CI does). Anything else (not root, no network, apt busy) leaves the in-process closed loop as the fallback.
/// </summary>
public static class WrkInstaller
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task EnsureAsync(TextWriter log, CancellationToken ct)
    {
        if (WrkRunner.Available)
            return;
        if (!System.Environment.IsPrivilegedProcess)
        {
            log.WriteLine("wrk is missing and we are not root: throughput uses the in-process closed loop (apt-get install wrk to change that)");
            return;
        }
        log.WriteLine("wrk is missing: apt-get install -y -qq wrk");
        // A fresh container has no package lists yet: update once and retry before giving up.
        if (!await AptAsync("install -y -qq wrk", ct) && await AptAsync("update -qq", ct))
            await AptAsync("install -y -qq wrk", ct);
        log.WriteLine(WrkRunner.Available
            ? "wrk installed"
            : "Could not install wrk: throughput uses the in-process closed loop");
    }

    private static async Task<bool> AptAsync(string arguments, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("apt-get", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        try
        {
            using var apt = Process.Start(psi);
            if (apt is null)
                return false;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Limit);
            var stdout = apt.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = apt.StandardError.ReadToEndAsync(timeout.Token);
            try { await apt.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                apt.Kill(entireProcessTree: true);
                return false;
            }
            await Task.WhenAll(stdout, stderr);
            return apt.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no apt-get on this machine
        }
    }
}
