using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>AR 12: the average and maximum client balance for a period, the exemption verdict and the daily balance as a chart.</summary>
public sealed class AccountantsReportPageModel(GetAccountantsReportHandler report) : RegisterPageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public AccountantsReportDto? Report { get; private set; }
    public LineChart? Chart { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(async () =>
    {
        Report = await report.HandleAsync(From, To, ct);
        Chart = new("daily-balance", "Total client balance each day", "Client balance", "Day", "Balance (£)",
            [.. Report.Days.Select(d => Date(d.Date))], [.. Report.Days.Select(d => LineChart.Pounds(d.BalanceMinor))], Stepped: true,
            Limit: LineChart.Pounds(AccountantsReportRules.AverageLimitMinor), LimitLabel: "£10,000 average limit");
    });
}
