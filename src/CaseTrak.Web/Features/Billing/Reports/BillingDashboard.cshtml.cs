using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The billing dashboard (/billing): headline figures, four charts with a table view each, and downloads.</summary>
public sealed class BillingDashboardModel(BillingDashboardQuery query) : PageModel
{
    public BillingDashboard Dashboard { get; private set; } = null!;

    /// <summary>The charts' data for billing-charts.js, in a JSON block (the CSP allows no inline script).</summary>
    public string ChartJson { get; private set; } = "[]";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Dashboard = await query.LoadAsync(ct);
        ChartJson = JsonSerializer.Serialize(Dashboard.Charts, JsonSerializerOptions.Web);
    }

    public static string Money(long minor) => Platform.Money.MoneyText.Pounds(minor);

    public static string Cell(ChartData chart, decimal value) =>
        chart.YAxis.Contains('£', StringComparison.Ordinal) ? Money((long)(value * 100)) : value.ToString("#,##0.##", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
