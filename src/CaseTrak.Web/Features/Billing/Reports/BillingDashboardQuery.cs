namespace CaseTrak.Web.Features.Billing;

public sealed record ChartSeries(string Label, IReadOnlyList<decimal> Values);

/// <summary>One chart: its title, axis labels (with units) and series; the same figures feed its table view.</summary>
public sealed record ChartData(string Id, string Title, string Type, string XAxis, string YAxis, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series);

public sealed record BillingHeadlines(long WipMinor, long OutstandingMinor, long Over90Minor, long BilledThisMonthMinor, long CollectedThisMonthMinor);

public sealed record BillingDashboard(BillingHeadlines Headlines, IReadOnlyList<ChartData> Charts, bool Empty, string UtilisationPeriod, bool OwnOnly);

/// <summary>The billing dashboard's figures, from the same reports the API serves (so they agree with the downloads).</summary>
public sealed class BillingDashboardQuery(RunReportHandler reports)
{
    public const int TopMatters = 10;

    public async Task<BillingDashboard> LoadAsync(CancellationToken ct)
    {
        var p = await reports.ParametersAsync(new ReportQuery(), ct);
        var byMatter = await reports.RunAsync("wip", p, ct);
        var byFeeEarner = await reports.RunAsync("wip", p with { By = "feeEarner" }, ct);
        var aged = await reports.RunAsync("aged-debt", p, ct);
        var monthly = await reports.RunAsync("billed-collected", p, ct);
        var utilisation = await reports.RunAsync("utilisation", p, ct);

        long Money(ReportTable t, string key) => t.Totals?[t.IndexOf(key)] as long? ?? 0;
        var thisMonth = monthly.Rows[^1];
        var headlines = new BillingHeadlines(Money(byMatter, "totalMinor"), Money(aged, "totalMinor"), Money(aged, AgedDebtReport.Buckets[3]),
            (long)thisMonth[monthly.IndexOf("netBilledMinor")]!, (long)thisMonth[monthly.IndexOf("collectedMinor")]!);
        var empty = byMatter.Rows.Count == 0 && aged.Rows.Count == 0 && monthly.Rows.All(r => (long)r[2]! == 0 && (long)r[5]! == 0)
            && utilisation.Rows.All(r => (decimal)r[2]! == 0 && (decimal)r[3]! == 0);

        var top = byMatter.Rows.Take(TopMatters).ToList();
        ChartData[] charts =
        [
            new("wip-matter", $"Work in progress: top {TopMatters} matters", "bar", "Matter", "WIP (£)",
                top.Select(r => (string)r[0]!).ToList(), [Pounds("Time", top, byMatter, "timeMinor"), Pounds("Disbursements", top, byMatter, "disbursementsMinor")]),
            new("wip-fee-earner", "Work in progress by fee earner", "bar", "Fee earner", "WIP (£)",
                byFeeEarner.Rows.Select(r => (string)r[0]!).ToList(), [Pounds("Time", byFeeEarner.Rows, byFeeEarner, "timeMinor"), Pounds("Disbursements", byFeeEarner.Rows, byFeeEarner, "disbursementsMinor")]),
            new("aged-debt", "Aged debt by days since issue", "bar", "Days since the bill was issued", "Outstanding (£)",
                ["0–30", "31–60", "61–90", "Over 90"], [new("Outstanding", AgedDebtReport.Buckets.Select(b => Money(aged, b) / 100m).ToList())]),
            new("billed-collected", "Billed and collected by month", "bar", "Month", "Amount including VAT (£)",
                monthly.Rows.Select(r => (string)r[0]!).ToList(), [Pounds("Net billed", monthly.Rows, monthly, "netBilledMinor"), Pounds("Collected", monthly.Rows, monthly, "collectedMinor")]),
            new("utilisation", "Chargeable hours against target", "bar", "Fee earner", "Hours",
                utilisation.Rows.Select(r => (string)r[0]!).ToList(),
                [Numbers("Chargeable hours", utilisation, "chargeableHours"), Numbers("Target hours", utilisation, "targetHours"), Numbers("Utilisation (%)", utilisation, "utilisationPercent")]),
        ];
        var period = $"{utilisation.Parameters["from"]} to {utilisation.Parameters["to"]}";
        return new(headlines, charts, empty, period, !p.Audience.SeesFirm);
    }

    private static ChartSeries Pounds(string label, IEnumerable<IReadOnlyList<object?>> rows, ReportTable t, string key)
    {
        var i = t.IndexOf(key);
        return new(label, rows.Select(r => (long)r[i]! / 100m).ToList());
    }

    private static ChartSeries Numbers(string label, ReportTable t, string key)
    {
        var i = t.IndexOf(key);
        return new(label, t.Rows.Select(r => (decimal)r[i]!).ToList());
    }
}
