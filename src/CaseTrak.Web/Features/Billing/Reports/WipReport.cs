using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Unbilled work in progress dated on or before the as-of date: billable time (not yet on a final bill) at its
/// recorded value and unbilled disbursements, by matter or by fee earner (`by=feeEarner`). Disbursements count
/// towards the matter's responsible fee earner. A fee earner outside the firm-wide roles sees only their own time.
/// </summary>
internal sealed class WipReport(AppDbContext db) : IBillingReport
{
    public string Name => "wip";

    public async Task<ReportTable> RunAsync(ReportParameters p, CancellationToken ct)
    {
        var asOf = p.AsOf;
        var matters = ReportScope.Matters(db, p, ownOnly: false);
        var time = db.Set<TimeEntry>().AsNoTracking()
            .Where(t => (t.Status == WipStatus.Unbilled || t.Status == WipStatus.Draft) && t.Billability == Billability.Billable && t.Date <= asOf)
            .Where(t => matters.Any(m => m.Id == t.MatterId));
        if (p.FeeEarnerId is { } fe)
            time = time.Where(t => t.UserId == fe);
        if (!p.Audience.SeesFirm)
        {
            var me = p.Audience.UserId;
            time = time.Where(t => t.UserId == me);
        }
        var disbursementMatters = ReportScope.Matters(db, p, ownOnly: true);
        if (p.FeeEarnerId is { } owner)
            disbursementMatters = disbursementMatters.Where(m => m.ResponsibleUserId == owner);
        var disbursements = db.Set<Disbursement>().AsNoTracking()
            .Where(d => (d.Status == WipStatus.Unbilled || d.Status == WipStatus.Draft) && d.Date <= asOf)
            .Join(disbursementMatters, d => d.MatterId, m => m.Id, (d, m) => new { d.MatterId, m.ResponsibleUserId, d.AmountMinor });

        var timeRows = await time.GroupBy(t => new { t.MatterId, t.UserId })
            .Select(g => new WipCell(g.Key.MatterId, g.Key.UserId, g.Sum(t => (long)t.Units * t.UnitMinutes), g.Sum(t => t.ValueMinor), 0))
            .ToListAsync(ct);
        var disbursementRows = await disbursements.GroupBy(d => new { d.MatterId, d.ResponsibleUserId })
            .Select(g => new WipCell(g.Key.MatterId, g.Key.ResponsibleUserId, 0, 0, g.Sum(d => d.AmountMinor)))
            .ToListAsync(ct);
        var cells = timeRows.Concat(disbursementRows).ToList();
        return p.By == "feeEarner" ? await ByFeeEarnerAsync(p, cells, ct) : await ByMatterAsync(p, cells, ct);
    }

    private sealed record WipCell(Guid MatterId, Guid UserId, long Minutes, long TimeMinor, long DisbursementsMinor);

    private static readonly ReportColumn[] Tail =
    [
        new("hours", "Hours", ReportColumnType.Number, 2),
        new("timeMinor", "Time value", ReportColumnType.Money),
        new("disbursementsMinor", "Disbursements", ReportColumnType.Money),
        new("totalMinor", "Total WIP", ReportColumnType.Money),
    ];

    private static IReadOnlyList<object?> Row(object?[] head, object?[] figures) => [.. head, .. figures];

    private static object?[] Figures(IEnumerable<WipCell> g)
    {
        var list = g.ToList();
        var time = list.Sum(c => c.TimeMinor);
        var disbursements = list.Sum(c => c.DisbursementsMinor);
        return [Math.Round(list.Sum(c => c.Minutes) / 60m, 2), time, disbursements, time + disbursements];
    }

    private async Task<ReportTable> ByMatterAsync(ReportParameters p, List<WipCell> cells, CancellationToken ct)
    {
        var ids = cells.Select(c => c.MatterId).Distinct().ToList();
        var info = await db.Set<Matter>().AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.Reference, m.Title, Client = db.Set<Contact>().Where(c => c.Id == m.ClientId).Select(c => c.DisplayName).FirstOrDefault() })
            .ToDictionaryAsync(m => m.Id, ct);
        ReportColumn[] columns = [new("matterReference", "Matter", ReportColumnType.Text), new("matterTitle", "Title", ReportColumnType.Text),
            new("client", "Client", ReportColumnType.Text), new("matterId", "Matter id", ReportColumnType.Text), .. Tail];
        var rows = cells.GroupBy(c => c.MatterId)
            .Select(g => Row([info[g.Key].Reference, info[g.Key].Title, info[g.Key].Client ?? "", g.Key.ToString()], Figures(g)))
            .OrderByDescending(r => (long)r[^1]!).ThenBy(r => (string)r[0]!, StringComparer.Ordinal).ToList();
        return new("wip", "Work in progress by matter", columns, rows, ReportTable.Sum(columns, rows), p.Describe());
    }

    private async Task<ReportTable> ByFeeEarnerAsync(ReportParameters p, List<WipCell> cells, CancellationToken ct)
    {
        var names = await UserNames.OfAsync(db, cells.Select(c => c.UserId), ct);
        ReportColumn[] columns = [new("feeEarner", "Fee earner", ReportColumnType.Text), new("feeEarnerId", "Fee earner id", ReportColumnType.Text), .. Tail];
        var rows = cells.GroupBy(c => c.UserId)
            .Select(g => Row([names.GetValueOrDefault(g.Key, "Unknown user"), g.Key.ToString()], Figures(g)))
            .OrderByDescending(r => (long)r[^1]!).ThenBy(r => (string)r[0]!, StringComparer.Ordinal).ToList();
        return new("wip", "Work in progress by fee earner", columns, rows, ReportTable.Sum(columns, rows), p.Describe());
    }
}
