using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Money;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// AR 2.5–2.6 close gate: a matter holding client money in any account cannot close (`matter.client_balance`).
/// Asking to close also raises, once while one is open, a balance return: a task for the responsible fee earner,
/// due in 14 days, with the letter to the client stating the amount and why it is held.
/// </summary>
internal sealed class ClientBalanceCloseCheck(AppDbContext db, AuditLog audit, TimeProvider clock) : IMatterCloseCheck
{
    public const int ReturnWithinDays = 14;

    public async Task<IReadOnlyList<CloseBlocker>> CheckAsync(Guid matterId, CancellationToken ct)
    {
        var held = await db.Set<MatterClientBalance>().AsNoTracking().Where(b => b.MatterId == matterId).SumAsync(b => (long?)b.BalanceMinor, ct) ?? 0;
        if (held <= 0)
            return [];
        await RaiseReturnAsync(matterId, held, ct);
        return
        [
            new("matter.client_balance",
                $"This matter still holds {MoneyText.Pounds(held)} of client money. Return it to the client (a task and a letter have been prepared) before closing the matter."),
        ];
    }

    private async Task RaiseReturnAsync(Guid matterId, long held, CancellationToken ct)
    {
        if (await db.Set<BalanceReturn>().AnyAsync(r => r.MatterId == matterId && r.Status == BalanceReturnStatus.Open, ct))
            return;
        var responsible = await db.Set<Matter>().Where(m => m.Id == matterId).Select(m => m.ResponsibleUserId).SingleAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var task = new BalanceReturn
        {
            MatterId = matterId, AmountMinor = held, AssignedToUserId = responsible, Status = BalanceReturnStatus.Open,
            DueOn = DateOnly.FromDateTime(now).AddDays(ReturnWithinDays), CreatedAt = now,
        };
        db.Add(task);
        audit.Record(AuditAction.BalanceReturnRaised, "BalanceReturn", task.Id, details: new
        {
            matterId, amountMinor = held, assignedToUserId = responsible, dueOn = task.DueOn,
        });
        await db.SaveChangesAsync(ct);
    }
}
