using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// What was owed on final bills (VAT invoices and requests for payment) at the end of the as-of date, by client
/// and matter, aged from the issue date: 0–30, 31–60, 61–90 and over 90 days. Payments count from the day they
/// were received and credit notes from the day they were issued, so an earlier as-of date shows the debt as it
/// stood then. Void bills owe nothing.
/// </summary>
internal sealed class AgedDebtReport(AppDbContext db) : IBillingReport
{
    public static readonly string[] Buckets = ["days0To30Minor", "days31To60Minor", "days61To90Minor", "over90Minor"];

    public string Name => "aged-debt";

    public static int Bucket(int days) => days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;

    public async Task<ReportTable> RunAsync(ReportParameters p, CancellationToken ct)
    {
        var asOf = p.AsOf;
        var matters = ReportScope.Matters(db, p, ownOnly: true);
        if (p.FeeEarnerId is { } fe)
            matters = matters.Where(m => m.ResponsibleUserId == fe);
        var bills = db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Status == InvoiceStatus.Final && i.IssuedOn != null && i.IssuedOn <= asOf)
            .Where(i => matters.Any(m => m.Id == i.MatterId));
        var owed = await bills
            .Select(i => new
            {
                i.Id, i.IssuedOn, i.TotalMinor, i.MatterId, i.ClientId,
                Paid = db.Set<PaymentAllocation>().Where(a => a.InvoiceId == i.Id)
                    .Join(db.Set<OfficePayment>(), a => a.PaymentId, pay => pay.Id, (a, pay) => new { a.AmountMinor, pay.ReceivedOn })
                    .Where(x => x.ReceivedOn <= asOf).Sum(x => (long?)x.AmountMinor) ?? 0,
                Credited = db.Set<CreditNote>().Where(c => c.InvoiceId == i.Id && c.IssuedOn <= asOf).Sum(c => (long?)c.TotalMinor) ?? 0,
            })
            .ToListAsync(ct);
        var open = owed.Select(o => new { o.MatterId, o.ClientId, Days = asOf.DayNumber - o.IssuedOn!.Value.DayNumber, Owed = o.TotalMinor - o.Paid - o.Credited })
            .Where(o => o.Owed != 0).ToList();

        var matterIds = open.Select(o => o.MatterId).Distinct().ToList();
        var info = await db.Set<Matters.Matter>().AsNoTracking().Where(m => matterIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Reference, m.Title, Client = db.Set<Contact>().Where(c => c.Id == m.ClientId).Select(c => c.DisplayName).FirstOrDefault() })
            .ToDictionaryAsync(m => m.Id, ct);
        ReportColumn[] columns =
        [
            new("client", "Client", ReportColumnType.Text), new("matterReference", "Matter", ReportColumnType.Text),
            new("matterTitle", "Title", ReportColumnType.Text), new("matterId", "Matter id", ReportColumnType.Text),
            new(Buckets[0], "0–30 days", ReportColumnType.Money), new(Buckets[1], "31–60 days", ReportColumnType.Money),
            new(Buckets[2], "61–90 days", ReportColumnType.Money), new(Buckets[3], "Over 90 days", ReportColumnType.Money),
            new("totalMinor", "Total outstanding", ReportColumnType.Money),
        ];
        var rows = open.GroupBy(o => o.MatterId).Select(g =>
            {
                var b = new long[4];
                foreach (var o in g)
                    b[Bucket(o.Days)] += o.Owed;
                var m = info[g.Key];
                return (IReadOnlyList<object?>)new List<object?> { m.Client ?? "", m.Reference, m.Title, g.Key.ToString(), b[0], b[1], b[2], b[3], b.Sum() };
            })
            .OrderBy(r => (string)r[0]!, StringComparer.CurrentCulture).ThenBy(r => (string)r[1]!, StringComparer.Ordinal).ToList();
        return new(Name, "Aged debt", columns, rows, ReportTable.Sum(columns, rows), p.Describe());
    }
}
