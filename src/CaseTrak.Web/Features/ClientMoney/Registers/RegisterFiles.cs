using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// A client-money register as a CSV or XLSX download, through billing's <see cref="ReportFiles"/> (same cells, same
/// formula neutralising); every download is audited as ClientMoneyExported.
/// </summary>
public sealed class RegisterFiles(AuditLog audit, AppDbContext db, TimeProvider clock)
{
    /// <summary>Null for JSON; "csv" or "xlsx"; anything else is a 400.</summary>
    public static string? Format(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "json" => null,
        "csv" => "csv",
        "xlsx" => "xlsx",
        _ => throw new RequestValidationException("format", "The format must be json, csv or xlsx."),
    };

    public async Task<ReportFile> ExportAsync(ReportTable table, string format, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(Display.ToUk(clock.GetUtcNow().UtcDateTime)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var file = format == "xlsx"
            ? new ReportFile(ReportFiles.Xlsx(table), ReportFiles.XlsxType, $"{table.Name}-{day}.xlsx")
            : new ReportFile(await ReportFiles.CsvAsync(table, ct), ReportFiles.CsvType, $"{table.Name}-{day}.csv");
        audit.Record(AuditAction.ClientMoneyExported, "ClientMoneyRegister", null,
            details: new { register = table.Name, format, rows = table.Rows.Count, parameters = table.Parameters });
        await db.SaveChangesAsync(ct);
        return file;
    }
}
