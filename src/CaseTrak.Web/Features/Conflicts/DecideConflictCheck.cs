using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Conflicts;

/// <param name="Decision">"clear", "waived" or "conflict".</param>
/// <param name="Reason">Required for "waived" and "conflict".</param>
public sealed record DecideConflictCheckRequest(string? Decision, [property: MaxLength(4000)] string? Reason = null);

/// <summary>
/// Records the outcome of a check, once: a decided check never changes (409 conflict.already_decided). Only a
/// Partner or the COLP may waive (403), and a waiver or a conflict needs its reason on the record.
/// </summary>
public sealed class DecideConflictCheckHandler(AppDbContext db, GetConflictCheckHandler get, AuditLog audit, TimeProvider clock)
{
    public static bool MayWaive(AppUser user) => user.Roles.HasFlag(UserRoles.Partner) || user.Duties.HasFlag(ComplianceDuties.Colp);

    public async Task<ConflictCheckDto> HandleAsync(Guid id, DecideConflictCheckRequest request, AppUser actor, CancellationToken ct)
    {
        var (decision, reason) = Validate(request);
        var check = await get.LoadAsync(id, ct);
        if (check.Decision != ConflictDecision.Pending)
            throw AlreadyDecided();
        EnsureMayDecide(decision, actor);

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Conditional on still being pending, so two people deciding at once cannot both succeed.
        var changed = await db.Set<ConflictCheck>().Where(c => c.Id == id && c.Decision == ConflictDecision.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Decision, decision)
                .SetProperty(c => c.DecisionReason, reason)
                .SetProperty(c => c.DecidedByUserId, actor.Id)
                .SetProperty(c => c.DecidedAt, now), ct);
        if (changed == 0)
            throw AlreadyDecided();
        audit.Record(AuditAction.ConflictCheckDecided, "ConflictCheck", id,
            details: new { decision = ApiEnums.Name(decision), reasonGiven = reason is not null });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await get.HandleAsync(id, ct);
    }

    /// <summary>The shape rules (400), for the page's confirmation step as well as for the handler.</summary>
    public static (ConflictDecision Decision, string? Reason) Validate(DecideConflictCheckRequest request)
    {
        var decision = ApiEnums.Parse<ConflictDecision>(request.Decision, "decision");
        if (decision == ConflictDecision.Pending)
            throw new RequestValidationException("decision", "Choose clear, waived or conflict.");
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (reason is { Length: > 4000 })
            throw new RequestValidationException("reason", "The reason must be 4,000 characters or fewer.");
        if (reason is null && decision != ConflictDecision.Clear)
            throw new RequestValidationException("reason", decision == ConflictDecision.Waived
                ? "Give the reason for the waiver, including the clients' informed consent."
                : "Say what the conflict is.");
        return (decision, reason);
    }

    public static void EnsureMayDecide(ConflictDecision decision, AppUser actor)
    {
        if (decision == ConflictDecision.Waived && !MayWaive(actor))
            throw new ForbiddenException("Only a Partner or the COLP may waive a conflict.");
    }

    private static ConflictException AlreadyDecided() =>
        new("conflict.already_decided", "This conflict check has already been decided and cannot be changed. Run a new check instead.");
}
