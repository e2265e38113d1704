using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Cli;

/// <summary>
/// `firm create --name N --admin-email E --admin-password P` and `audit verify [--firm ID]`.
/// Exit codes: 0 done, 1 a check failed, 2 bad usage or refused input.
/// </summary>
public static class OperatorCommands
{
    public static bool IsCommand(string[] args) => args.Length >= 2 && args[0] is "firm" or "audit" or "client-money";

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        var (command, options) = Parse(args);
        var app = CaseTrakApp.Build(options.Where(o => o.Key.StartsWith("--", StringComparison.Ordinal) && !Known.Contains(o.Key))
            .SelectMany(o => new[] { o.Key, o.Value }).ToArray());
        await DatabaseMigrator.MigrateAsync(app.Services);
        try
        {
            return command switch
            {
                "firm create" => await CreateFirmAsync(app.Services, options, output),
                "audit verify" => await VerifyAuditAsync(app.Services, options, output),
                "client-money check-reconciliations" => await CheckReconciliationsAsync(app.Services, options, output),
                _ => Usage(output),
            };
        }
        catch (Exception e) when (e is RequestValidationException or DomainRuleException)
        {
            output.WriteLine($"error: {Describe(e)}");
            return 2;
        }
    }

    private static readonly HashSet<string> Known = ["--name", "--admin-email", "--admin-password", "--admin-name", "--sra-number", "--firm"];

    private static async Task<int> CreateFirmAsync(IServiceProvider services, Dictionary<string, string> o, TextWriter output)
    {
        if (!o.TryGetValue("--name", out var name) || !o.TryGetValue("--admin-email", out var email) || !o.TryGetValue("--admin-password", out var password))
            return Usage(output);
        await using var scope = services.CreateAsyncScope();
        var provisioner = scope.ServiceProvider.GetRequiredService<FirmProvisioner>();
        var (firm, owner) = await provisioner.CreateAsync(new NewFirm(name, email, password,
            o.GetValueOrDefault("--admin-name") ?? email.Split('@')[0], o.GetValueOrDefault("--sra-number")), CancellationToken.None);
        output.WriteLine($"Created firm \"{firm.Name}\" ({firm.Id}) with owner {owner.Email}.");
        return 0;
    }

    private static async Task<int> VerifyAuditAsync(IServiceProvider services, Dictionary<string, string> o, TextWriter output)
    {
        List<Guid> firms;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContextFactory>().Create(new TenantContext());
            await using (db)
            {
                firms = o.TryGetValue("--firm", out var id)
                    ? [Guid.TryParse(id, out var g) ? g : throw new RequestValidationException("firm", "--firm takes a firm id.")]
                    : await db.AuditChainHeads.AsNoTracking().Select(h => h.FirmId).ToListAsync();
            }
        }

        var failures = 0;
        foreach (var firmId in firms)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContextFactory>().Create(new TenantContext());
            await using (db)
            {
                var result = await AuditChainVerifier.VerifyAsync(db, firmId, CancellationToken.None);
                if (result.Valid)
                    output.WriteLine($"ok      firm {firmId}: {result.Events} events");
                else
                {
                    failures++;
                    output.WriteLine($"BROKEN  firm {firmId}: first bad event is seq {result.FirstInvalidSeq}. {result.Problem}");
                }
            }
        }
        output.WriteLine(failures == 0 ? $"All {firms.Count} audit chains verify." : $"{failures} of {firms.Count} audit chains are broken.");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Records an AR 8.3 breach for each client account not reconciled within five weeks (once per lapse).</summary>
    private static async Task<int> CheckReconciliationsAsync(IServiceProvider services, Dictionary<string, string> o, TextWriter output)
    {
        List<Guid> firms;
        await using (var scope = services.CreateAsyncScope())
        await using (var db = scope.ServiceProvider.GetRequiredService<TenantDbContextFactory>().Create(new TenantContext()))
            firms = o.TryGetValue("--firm", out var id)
                ? [Guid.TryParse(id, out var g) ? g : throw new RequestValidationException("firm", "--firm takes a firm id.")]
                : await db.Firms.IgnoreQueryFilters().AsNoTracking().Select(f => f.Id).ToListAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var firmId in firms)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(firmId);
            var recorded = await scope.ServiceProvider.GetRequiredService<Features.ClientMoney.ReconciliationCadenceMonitor>()
                .RecordOverdueAsync(today, CancellationToken.None);
            output.WriteLine($"firm {firmId}: {recorded} overdue reconciliation breach(es) recorded");
        }
        return 0;
    }

    private static (string Command, Dictionary<string, string> Options) Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 2; i < args.Length; i++)
        {
            var arg = args[i];
            var eq = arg.IndexOf('=');
            if (eq > 0)
                options[arg[..eq]] = arg[(eq + 1)..];
            else if (i + 1 < args.Length)
                options[arg] = args[++i];
        }
        return ($"{args[0]} {args[1]}", options);
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine("""
            usage:
              CaseTrak.Web firm create --name NAME --admin-email EMAIL --admin-password PASSWORD [--admin-name NAME] [--sra-number N]
              CaseTrak.Web audit verify [--firm ID]
              CaseTrak.Web client-money check-reconciliations [--firm ID]
            """);
        return 2;
    }

    private static string Describe(Exception e) => e is RequestValidationException v
        ? string.Join(" ", v.Errors.SelectMany(kv => kv.Value))
        : e.Message;
}
