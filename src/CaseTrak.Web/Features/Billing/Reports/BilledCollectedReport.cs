using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// The twelve months up to and including the as-of date's month: what was billed (final bills by issue date,
/// VAT included, void bills left out), less credit notes by their issue date, and what was collected (payment
/// allocations by the date the payment was received). Amounts include VAT so billed and collected compare.
/// </summary>
internal sealed class BilledCollectedReport(AppDbContext db) : IBillingReport
{
    public const int Months = 12;

    public string Name => "billed-collected";

    public async Task<ReportTable> RunAsync(ReportParameters p, CancellationToken ct)
    {
        var last = new DateOnly(p.AsOf.Year, p.AsOf.Month, 1);
        var first = last.AddMonths(1 - Months);
        var end = last.AddMonths(1).AddDays(-1);
        var matters = ReportScope.Matters(db, p, ownOnly: true);
        if (p.FeeEarnerId is { } fe)
            matters = matters.Where(m => m.ResponsibleUserId == fe);

        var billed = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Status == InvoiceStatus.Final && i.IssuedOn >= first && i.IssuedOn <= end)
            .Where(i => matters.Any(m => m.Id == i.MatterId))
            .Select(i => new { On = i.IssuedOn!.Value, i.TotalMinor }).ToListAsync(ct);
        var credited = await db.Set<CreditNote>().AsNoTracking()
            .Where(c => c.IssuedOn >= first && c.IssuedOn <= end)
            .Where(c => matters.Any(m => m.Id == c.MatterId))
            .Select(c => new { On = c.IssuedOn, c.TotalMinor }).ToListAsync(ct);
        var collected = await db.Set<PaymentAllocation>().AsNoTracking()
            .Where(a => matters.Any(m => m.Id == a.MatterId))
            .Join(db.Set<OfficePayment>(), a => a.PaymentId, pay => pay.Id, (a, pay) => new { On = pay.ReceivedOn, a.AmountMinor })
            .Where(x => x.On >= first && x.On <= end)
            .ToListAsync(ct);

        ReportColumn[] columns =
        [
            new("month", "Month", ReportColumnType.Text), new("monthStart", "Month starting", ReportColumnType.Date),
            new("billedMinor", "Billed", ReportColumnType.Money), new("creditedMinor", "Credit notes", ReportColumnType.Money),
            new("netBilledMinor", "Net billed", ReportColumnType.Money), new("collectedMinor", "Collected", ReportColumnType.Money),
        ];
        static int Key(DateOnly d) => d.Year * 12 + d.Month;
        var b = billed.GroupBy(x => Key(x.On)).ToDictionary(g => g.Key, g => g.Sum(x => x.TotalMinor));
        var c = credited.GroupBy(x => Key(x.On)).ToDictionary(g => g.Key, g => g.Sum(x => x.TotalMinor));
        var k = collected.GroupBy(x => Key(x.On)).ToDictionary(g => g.Key, g => g.Sum(x => x.AmountMinor));
        var rows = Enumerable.Range(0, Months).Select(i => first.AddMonths(i)).Select(month =>
        {
            var key = Key(month);
            long bill = b.GetValueOrDefault(key), credit = c.GetValueOrDefault(key);
            return (IReadOnlyList<object?>)new List<object?> { MonthName(month), month, bill, credit, bill - credit, k.GetValueOrDefault(key) };
        }).ToList();
        return new(Name, "Billed and collected by month", columns, rows, ReportTable.Sum(columns, rows), p.Describe());
    }

    private static readonly string[] Names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string MonthName(DateOnly month) => $"{Names[month.Month - 1]} {month.Year}";
}
