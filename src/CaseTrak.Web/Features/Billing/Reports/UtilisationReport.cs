using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Per fee earner over a period (default: the as-of date's month and the two before it): chargeable hours
/// recorded (billable time, as recorded, before rounding to units), non-chargeable hours (non-billable and no
/// charge), the target (the profile's chargeable minutes a day × England and Wales working days in the period)
/// and utilisation = chargeable ÷ target. Fee earners with a profile appear even with no time; anyone else
/// with time appears with the default target.
/// </summary>
internal sealed class UtilisationReport(AppDbContext db) : IBillingReport
{
    public string Name => "utilisation";

    public async Task<ReportTable> RunAsync(ReportParameters p, CancellationToken ct)
    {
        var (from, to) = p.Period(end => new DateOnly(end.Year, end.Month, 1).AddMonths(-2));
        var matters = ReportScope.Matters(db, p, ownOnly: false);
        var time = db.Set<TimeEntry>().AsNoTracking().Where(t => t.Date >= from && t.Date <= to)
            .Where(t => matters.Any(m => m.Id == t.MatterId));
        var profiles = db.Set<FeeEarnerProfile>().AsNoTracking();
        Guid? only = p.Audience.SeesFirm ? p.FeeEarnerId : p.Audience.UserId;
        if (only is { } user)
        {
            time = time.Where(t => t.UserId == user);
            profiles = profiles.Where(f => f.UserId == user);
        }
        var recorded = await time.GroupBy(t => new { t.UserId, Chargeable = t.Billability == Billability.Billable })
            .Select(g => new { g.Key.UserId, g.Key.Chargeable, Minutes = g.Sum(t => (long)t.Minutes) }).ToListAsync(ct);
        var targets = await profiles.ToDictionaryAsync(f => f.UserId, f => f.TargetMinutesPerDay, ct);
        var users = targets.Keys.Union(recorded.Select(r => r.UserId)).ToList();
        var names = await UserNames.OfAsync(db, users, ct);
        var days = WorkingDays.Count(from, to);
        var fallback = new FeeEarnerProfile().TargetMinutesPerDay;

        ReportColumn[] columns =
        [
            new("feeEarner", "Fee earner", ReportColumnType.Text), new("feeEarnerId", "Fee earner id", ReportColumnType.Text),
            new("chargeableHours", "Chargeable hours", ReportColumnType.Number, 2), new("nonChargeableHours", "Non-chargeable hours", ReportColumnType.Number, 2),
            new("targetHours", "Target hours", ReportColumnType.Number, 2), new("utilisationPercent", "Utilisation (%)", ReportColumnType.Number, 1),
        ];
        var rows = users.Where(names.ContainsKey).Select(u =>
            {
                var chargeable = recorded.Where(r => r.UserId == u && r.Chargeable).Sum(r => r.Minutes);
                var other = recorded.Where(r => r.UserId == u && !r.Chargeable).Sum(r => r.Minutes);
                long target = (long)targets.GetValueOrDefault(u, fallback) * days;
                var percent = target == 0 ? 0m : Math.Round(chargeable * 100m / target, 1, MidpointRounding.AwayFromZero);
                return (IReadOnlyList<object?>)new List<object?> { names[u], u.ToString(), Hours(chargeable), Hours(other), Hours(target), percent };
            })
            .OrderBy(r => (string)r[0]!, StringComparer.CurrentCulture).ToList();
        var totals = ReportTable.Sum(columns, rows).ToList();
        var totalTarget = (decimal)totals[4]!;
        totals[5] = totalTarget == 0 ? 0m : Math.Round((decimal)totals[2]! * 100m / totalTarget, 1, MidpointRounding.AwayFromZero);
        var parameters = p.Describe();
        parameters["from"] = ReportParameters.Iso(from);
        parameters["to"] = ReportParameters.Iso(to);
        parameters["workingDays"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new(Name, "Fee-earner utilisation", columns, rows, totals, parameters);
    }

    private static decimal Hours(long minutes) => Math.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero);
}
