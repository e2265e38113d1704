using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Billing;

public sealed record ReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>Runs a billing report by name for the signed-in user; a download (CSV or XLSX) is audited as BillingExported.</summary>
public sealed class RunReportHandler(IEnumerable<IBillingReport> reports, CurrentUser me, AuditLog audit, AppDbContext db, TimeProvider clock)
{
    public static readonly string[] Names = ["wip", "aged-debt", "billed-collected", "utilisation"];

    public async Task<ReportParameters> ParametersAsync(ReportQuery query, CancellationToken ct) =>
        ReportParameters.Parse(query, Today(), ReportAudience.Of(await me.LoadAsync(ct)));

    public DateOnly Today() => DateOnly.FromDateTime(Display.ToUk(clock.GetUtcNow().UtcDateTime));

    public Task<ReportTable> RunAsync(string name, ReportParameters parameters, CancellationToken ct) =>
        Find(name).RunAsync(parameters, ct);

    /// <summary>Unknown names are a 404 before any parameter is looked at.</summary>
    public IBillingReport Find(string name) =>
        reports.FirstOrDefault(r => r.Name == name) ?? throw new NotFoundException("Report");

    public async Task<ReportFile> ExportAsync(string name, ReportParameters parameters, CancellationToken ct)
    {
        var table = await RunAsync(name, parameters, ct);
        var format = parameters.Format == ReportFormat.Xlsx ? "xlsx" : "csv";
        var file = parameters.Format == ReportFormat.Xlsx
            ? new ReportFile(ReportFiles.Xlsx(table), ReportFiles.XlsxType, $"{name}-{ReportParameters.Iso(parameters.AsOf)}.xlsx")
            : new ReportFile(await ReportFiles.CsvAsync(table, ct), ReportFiles.CsvType, $"{name}-{ReportParameters.Iso(parameters.AsOf)}.csv");
        audit.Record(AuditAction.BillingExported, "Report", null, details: new { report = name, format, rows = table.Rows.Count, parameters = table.Parameters });
        await db.SaveChangesAsync(ct);
        return file;
    }
}
