using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record BalanceReturnDto(
    Guid Id, Guid MatterId, string MatterReference, string MatterTitle, long AmountMinor, long HeldNowMinor, string Currency,
    Guid AssignedToUserId, string AssignedToName, BalanceReturnStatus Status, DateOnly DueOn, DateTime CreatedAt, DateTime? DoneAt);

/// <summary>The balance-return tasks raised when a matter holding client money asks to close; marked done by the assignee or a cashier.</summary>
public sealed class BalanceReturnsHandler(AppDbContext db, CurrentUser me, TenantGuard guard, AuditLog audit, TimeProvider clock)
{
    /// <param name="status">"open" or "done"; all when empty.</param>
    public async Task<IReadOnlyList<BalanceReturnDto>> ListAsync(string? status, Guid? matterId, CancellationToken ct)
    {
        var q = db.Set<BalanceReturn>().AsQueryable();
        if (ApiEnums.ParseOptional<BalanceReturnStatus>(status, "status") is { } s)
            q = q.Where(r => r.Status == s);
        if (matterId is { } m)
            q = q.Where(r => r.MatterId == m);
        return await ToDtosAsync(q.OrderBy(r => r.Status).ThenBy(r => r.DueOn).ThenBy(r => r.Id).Take(500), ct);
    }

    public async Task<BalanceReturnDto> GetAsync(Guid id, CancellationToken ct)
    {
        var rows = await ToDtosAsync(db.Set<BalanceReturn>().Where(r => r.Id == id), ct);
        return rows.Count == 1 ? rows[0] : throw await guard.NotFoundAsync<BalanceReturn>(id, ct);
    }

    public async Task<BalanceReturnDto> MarkDoneAsync(Guid id, CancellationToken ct)
    {
        var task = await db.Set<BalanceReturn>().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw await guard.NotFoundAsync<BalanceReturn>(id, ct);
        var user = await me.LoadAsync(ct);
        if (task.AssignedToUserId != user.Id && !ClientMoneyAccess.IsBookkeeper(user))
            throw new ForbiddenException("Only the fee earner it is assigned to, a cashier, a Partner or an administrator may mark this return done.");
        if (task.Status == BalanceReturnStatus.Done)
            throw new ConflictException("balance_return.done", "This balance return is already done.");
        (task.Status, task.DoneAt) = (BalanceReturnStatus.Done, clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditAction.BalanceReturnDone, "BalanceReturn", task.Id, details: new { task.MatterId, task.AmountMinor });
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<List<BalanceReturnDto>> ToDtosAsync(IQueryable<BalanceReturn> returns, CancellationToken ct) =>
        await returns.AsNoTracking().Select(r => new BalanceReturnDto(r.Id, r.MatterId,
            db.Set<Matter>().Where(m => m.Id == r.MatterId).Select(m => m.Reference).FirstOrDefault() ?? "",
            db.Set<Matter>().Where(m => m.Id == r.MatterId).Select(m => m.Title).FirstOrDefault() ?? "",
            r.AmountMinor, db.Set<MatterClientBalance>().Where(b => b.MatterId == r.MatterId).Sum(b => (long?)b.BalanceMinor) ?? 0, "GBP",
            r.AssignedToUserId, db.Set<AppUser>().Where(u => u.Id == r.AssignedToUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
            r.Status, r.DueOn, r.CreatedAt, r.DoneAt)).ToListAsync(ct);
}
