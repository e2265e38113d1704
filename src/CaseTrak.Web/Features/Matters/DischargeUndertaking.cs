using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

public sealed record DischargeUndertakingRequest(DateOnly? DischargedOn, string? Evidence);

/// <summary>Records that an undertaking was met, with the evidence (SRA Code 1.3); only an open one can be discharged.</summary>
public sealed class DischargeUndertakingHandler(AppDbContext db, TenantGuard guard, UndertakingsHandler undertakings, Firms.CurrentUser me,
    AuditLog audit, TimeProvider clock)
{
    public async Task<UndertakingDto> GetAsync(Guid id, CancellationToken ct) =>
        (await undertakings.ToDtosAsync([await LoadAsync(id, tracked: false, ct)], ct))[0];

    public async Task<UndertakingDto> HandleAsync(Guid id, DischargeUndertakingRequest request, CancellationToken ct)
    {
        var undertaking = await LoadAsync(id, tracked: true, ct);
        if (undertaking.Status != UndertakingStatus.Open)
            throw new ConflictException("undertaking.not_open", "This undertaking is no longer open.");
        if (string.IsNullOrWhiteSpace(request.Evidence))
            throw new RequestValidationException("evidence", "Describe the evidence that the undertaking was met.");
        if (request.Evidence.Length > 4000)
            throw new RequestValidationException("evidence", "The evidence must be 4,000 characters or fewer.");
        var today = undertakings.Today;
        if (request.DischargedOn is not { } on || on == default)
            throw new RequestValidationException("dischargedOn", "Enter the date the undertaking was met.");
        if (on > today)
            throw new RequestValidationException("dischargedOn", "The date the undertaking was met cannot be in the future.");
        if (on < undertaking.GivenOn)
            throw new RequestValidationException("dischargedOn", "The date the undertaking was met cannot be before it was given.");

        undertaking.Status = UndertakingStatus.Discharged;
        undertaking.DischargedOn = on;
        undertaking.DischargeEvidence = request.Evidence.Trim();
        undertaking.DischargedByUserId = me.Id;
        var matter = await db.Set<Matter>().SingleAsync(m => m.Id == undertaking.MatterId, ct);
        matter.LastActivityAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditAction.UndertakingDischarged, "Undertaking", undertaking.Id, details: new { matterId = undertaking.MatterId });
        await db.SaveChangesAsync(ct);
        return (await undertakings.ToDtosAsync([undertaking], ct))[0];
    }

    private async Task<Undertaking> LoadAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var set = tracked ? db.Set<Undertaking>() : db.Set<Undertaking>().AsNoTracking();
        return await set.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw await guard.NotFoundAsync<Undertaking>(id, ct);
    }
}
