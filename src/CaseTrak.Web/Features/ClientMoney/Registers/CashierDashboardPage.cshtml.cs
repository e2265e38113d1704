using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The cashier's dashboard: money held, approvals waiting, reconciliations due, suspense, breaches and balances to return.</summary>
public sealed class CashierDashboardPageModel(CashierDashboardQuery query) : RegisterPageModel
{
    public CashierDashboard Dashboard { get; private set; } = null!;
    public LineChart Chart { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(async () =>
    {
        Dashboard = await query.LoadAsync(ct);
        Chart = new("held-by-month", "Client money held at each month end", "Client money held", "Month end", "Held (£)",
            [.. Dashboard.HeldByMonth.Select(m => Date(m.MonthEnd))], [.. Dashboard.HeldByMonth.Select(m => LineChart.Pounds(m.HeldMinor))]);
    });

    /// <summary>The colour of a reconciliation's age: green in time, amber from day 28, red after day 35; the words say the same.</summary>
    public static (string Badge, string Words) Cadence(ReconciliationCadence c) => c switch
    {
        ReconciliationCadence.InTime => ("status-ok", "In time"),
        ReconciliationCadence.Due => ("status-warn", "Due"),
        _ => ("status-bad", "Overdue — breach"),
    };
}
