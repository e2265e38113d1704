using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The rate that applies and why, in one line ("Matter rate from 1 Apr 2026"). No rate: zero, and the working says so.</summary>
public sealed record ResolvedRate(Guid? RateId, long HourlyRateMinor, RateScope? Scope, DateOnly? EffectiveFrom, string Working)
{
    public string Currency => BillingDisplay.Currency;
}

/// <summary>The unit time is recorded in and where it comes from.</summary>
public sealed record ResolvedUnit(int Minutes, string Source);

/// <summary>Resolves rates (UK-RULES, Time) and time units (matter, then client, then firm) for recording time.</summary>
public sealed class RateResolver(AppDbContext db, BillingSettingsHandler settings)
{
    public async Task<ResolvedRate> ResolveAsync(Guid userId, Guid matterId, string? activityCode, DateOnly date, CancellationToken ct)
    {
        // The matter's client and the fee earner's grade in one round trip (time recording is a hot path, PERFORMANCE.md scenario 5).
        var who = await db.Set<Matter>().AsNoTracking().Where(m => m.Id == matterId)
            .Select(m => new
            {
                m.ClientId,
                Grade = db.Set<FeeEarnerProfile>().Where(p => p.UserId == userId).Select(p => (FeeEarnerGrade?)p.Grade).FirstOrDefault(),
            }).SingleOrDefaultAsync(ct);
        var (clientId, grade) = (who?.ClientId ?? Guid.Empty, who?.Grade);
        var candidates = await db.Set<Rate>().AsNoTracking()
            .Where(r => r.EffectiveFrom <= date && (r.Scope == RateScope.FirmDefault
                || (r.Scope == RateScope.Grade && r.Grade == grade)
                || (r.Scope == RateScope.FeeEarner && r.UserId == userId)
                || (r.Scope == RateScope.Client && r.ClientId == clientId)
                || ((r.Scope == RateScope.Matter || r.Scope == RateScope.MatterActivity) && r.MatterId == matterId)))
            .Select(r => new RateCandidate(r.Id, r.Scope, r.Grade, r.UserId, r.ClientId, r.MatterId, r.ActivityCode, r.HourlyRateMinor, r.EffectiveFrom))
            .ToListAsync(ct);
        var query = new RateQuery(userId, grade, clientId, matterId, string.IsNullOrWhiteSpace(activityCode) ? null : activityCode.Trim(), date);
        return RateRules.Resolve(candidates, query) is { } rate
            ? new(rate.Id, rate.HourlyRateMinor, rate.Scope, rate.EffectiveFrom, Working(rate))
            : new(null, 0, null, null, "No rate applies: set a firm default rate.");
    }

    public async Task<ResolvedUnit> TimeUnitAsync(Guid matterId, CancellationToken ct)
    {
        var units = await db.Set<Matter>().AsNoTracking().Where(m => m.Id == matterId)
            .Select(m => new
            {
                Matter = db.Set<FeeArrangement>().Where(f => f.MatterId == m.Id).Select(f => f.TimeUnitMinutes).FirstOrDefault(),
                Client = db.Set<ClientBillingTerms>().Where(t => t.ClientId == m.ClientId).Select(t => t.TimeUnitMinutes).FirstOrDefault(),
            }).SingleOrDefaultAsync(ct);
        if (units?.Matter is { } matterUnit)
            return new(matterUnit, "matter");
        if (units?.Client is { } clientUnit)
            return new(clientUnit, "client");
        return new((await settings.GetAsync(ct)).TimeUnitMinutes, "firm");
    }

    private static string Working(RateCandidate rate)
    {
        var what = rate.Scope switch
        {
            RateScope.MatterActivity => $"Matter rate for {rate.ActivityCode}",
            RateScope.Matter => "Matter rate",
            RateScope.Client => "Client rate",
            RateScope.FeeEarner => "Fee earner's own rate",
            RateScope.Grade => $"Grade {rate.Grade} rate",
            _ => "Firm default rate",
        };
        return $"{what} from {BillingDisplay.Date(rate.EffectiveFrom)}";
    }
}
