using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// The work-in-progress list (/billing/wip): every matter with unbilled work, largest first, each with a link to
/// draft its bill. The same figures as the `wip` report (and its downloads), so the page and the export agree.
/// </summary>
public sealed class WipListModel(RunReportHandler reports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    public ReportTable Table { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var parameters = await reports.ParametersAsync(new ReportQuery(AsOf: AsOf), ct);
        Table = await reports.RunAsync("wip", parameters, ct);
    }

    public string Text(IReadOnlyList<object?> row, string key) => row[Table.IndexOf(key)]?.ToString() ?? "";

    public long Minor(IReadOnlyList<object?> row, string key) => Convert.ToInt64(row[Table.IndexOf(key)], System.Globalization.CultureInfo.InvariantCulture);

    public decimal Hours(IReadOnlyList<object?> row) => Convert.ToDecimal(row[Table.IndexOf("hours")], System.Globalization.CultureInfo.InvariantCulture);
}
