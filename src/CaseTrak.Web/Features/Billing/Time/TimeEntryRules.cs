using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

internal sealed record WorkMatter(Guid Id, Guid ClientId, MatterStatus Status);

/// <summary>The checks shared by recording and changing time: the matter, the period lock, due diligence, and valuation.</summary>
public sealed class TimeEntryRules(AppDbContext db, TenantGuard guard, IClientDueDiligence cdd, RateResolver rates, BillingSettingsHandler settings)
{
    /// <summary>A matter the caller can see (else 404) that is still live (else 422 matter.closed).</summary>
    public Task<NotFoundException> NotFoundMatterAsync(Guid matterId, CancellationToken ct) => guard.NotFoundAsync<Matter>(matterId, ct);

    internal async Task<WorkMatter> VisibleMatterAsync(Guid matterId, CancellationToken ct) =>
        await db.Set<Matter>().AsNoTracking().Where(m => m.Id == matterId)
            .Select(m => new WorkMatter(m.Id, m.ClientId, m.Status)).SingleOrDefaultAsync(ct)
            ?? throw await guard.NotFoundAsync<Matter>(matterId, ct);

    internal async Task<WorkMatter> LiveMatterAsync(Guid matterId, CancellationToken ct)
    {
        var matter = await VisibleMatterAsync(matterId, ct);
        if (MatterTransitions.IsClosed(matter.Status))
            throw new DomainRuleException("matter.closed", "This matter is closed: reopen it before recording anything on it.");
        return matter;
    }

    public async Task EnsureOpenPeriodAsync(DateOnly date, CancellationToken ct) =>
        BillingSettingsHandler.EnsureOpenPeriod(await settings.GetAsync(ct), date);

    /// <summary>
    /// MLR 2017: without complete due diligence a client's matters may take only the firm's intake allowance of
    /// time in total. <paramref name="replacingEntryId"/> leaves out the entry being changed.
    /// </summary>
    internal async Task EnsureDueDiligenceAsync(WorkMatter matter, int minutes, Guid? replacingEntryId, CancellationToken ct)
    {
        var clearance = await cdd.CheckAsync(matter.ClientId, CddPurpose.RecordTime, ct);
        if (clearance.Allowed)
            return;
        var allowance = (await settings.GetAsync(ct)).CddIntakeAllowanceMinutes;
        var clientId = matter.ClientId;
        var recorded = await db.Set<TimeEntry>().AsNoTracking()
            .Where(t => t.Id != replacingEntryId && db.Set<Matter>().Any(m => m.Id == t.MatterId && m.ClientId == clientId))
            .SumAsync(t => (int?)t.Minutes, ct) ?? 0;
        if (recorded + minutes <= allowance)
            return;
        throw new DomainRuleException(clearance.Code ?? "cdd.incomplete",
            $"{clearance.Reason} Until it is, the client's matters may take {BillingDisplay.Duration(allowance)} of time in total " +
            $"(the intake allowance); {BillingDisplay.Duration(recorded)} is already recorded.");
    }

    /// <summary>Units in the matter's unit, the rate on the day, and the value (zero unless billable).</summary>
    public async Task ValueAsync(TimeEntry entry, CancellationToken ct)
    {
        var unit = await rates.TimeUnitAsync(entry.MatterId, ct);
        var rate = await rates.ResolveAsync(entry.UserId, entry.MatterId, entry.ActivityCode, entry.Date, ct);
        entry.UnitMinutes = unit.Minutes;
        entry.Units = BillingRules.Units(entry.Minutes, unit.Minutes);
        entry.RateMinor = rate.HourlyRateMinor;
        entry.RateId = rate.RateId;
        // Time on a fixed-fee matter keeps its value too (profitability); only the fee earner's choice makes it unbillable.
        entry.ValueMinor = entry.Billability == Billability.Billable ? BillingRules.Value(entry.Units, unit.Minutes, rate.HourlyRateMinor) : 0;
    }
}
