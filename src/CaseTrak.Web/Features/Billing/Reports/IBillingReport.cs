using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

/// <summary>One report of GET /api/v1/reports/{name}. Reads through the DbSets, so tenant and barrier filters apply.</summary>
public interface IBillingReport
{
    string Name { get; }
    Task<ReportTable> RunAsync(ReportParameters p, CancellationToken ct);
}

/// <summary>The matters a report may look at: barrier-filtered, of the practice area asked for, and for an
/// audience that does not see the firm, only those they are responsible for.</summary>
internal static class ReportScope
{
    public static IQueryable<Matter> Matters(AppDbContext db, ReportParameters p, bool ownOnly)
    {
        var matters = db.Set<Matter>().AsQueryable();
        if (p.PracticeAreaId is { } area)
            matters = matters.Where(m => m.PracticeAreaId == area);
        if (ownOnly && !p.Audience.SeesFirm)
        {
            var me = p.Audience.UserId;
            matters = matters.Where(m => m.ResponsibleUserId == me);
        }
        return matters;
    }

    /// <summary>Work in progress: not yet on a final bill (free, or on a draft).</summary>
    public static bool IsWip(WipStatus s) => s is WipStatus.Unbilled or WipStatus.Draft;
}
