using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <param name="HasWork">Time or bills recorded on it (AR 3.3: client money must relate to legal work).</param>
internal sealed record ReceiptMatter(Guid Id, string Reference, Guid ClientId, bool HasWork);

/// <summary>The gates every receipt and allocation passes: an open client account, a live visible matter, and due diligence (MLR 2017).</summary>
public sealed class ReceiptChecks(AppDbContext db, TenantGuard guard, IClientDueDiligence cdd)
{
    internal async Task<BankAccount> OpenClientAccountAsync(Guid bankAccountId, DateOnly bankedOn, CancellationToken ct)
    {
        if (bankAccountId == Guid.Empty)
            throw new RequestValidationException("bankAccountId", "Choose the client account the money was paid into.");
        var account = await db.Set<BankAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == bankAccountId, ct)
            ?? throw await guard.NotFoundAsync<BankAccount>(bankAccountId, ct);
        if (account.Kind != BankAccountKind.Client)
            throw new DomainRuleException("bank_account.not_client", $"{account.Name} is an office account: client money is paid into a client account.");
        if (account.ClosedOn is { } closed && closed <= bankedOn)
            throw new DomainRuleException("bank_account.closed", $"{account.Name} closed on {BillingDisplay.Date(closed)}.");
        return account;
    }

    internal async Task<ReceiptMatter> LiveMatterAsync(Guid matterId, CancellationToken ct)
    {
        var matter = await db.Set<Matter>().AsNoTracking().Where(m => m.Id == matterId)
            .Select(m => new
            {
                m.Id, m.Reference, m.ClientId, m.Status,
                HasWork = db.Set<TimeEntry>().Any(t => t.MatterId == m.Id) || db.Set<Invoice>().Any(i => i.MatterId == m.Id),
            }).SingleOrDefaultAsync(ct)
            ?? throw await guard.NotFoundAsync<Matter>(matterId, ct);
        if (MatterTransitions.IsClosed(matter.Status))
            throw new DomainRuleException("matter.closed", $"Matter {matter.Reference} is closed: reopen it before taking client money for it.");
        return new(matter.Id, matter.Reference, matter.ClientId, matter.HasWork);
    }

    /// <summary>Refuses money for a client whose due diligence is incomplete; answers the recorded exception when one lets it in.</summary>
    internal async Task<string?> DueDiligenceAsync(ReceiptMatter matter, CancellationToken ct)
    {
        var clearance = await cdd.CheckAsync(matter.ClientId, CddPurpose.TakeClientMoney, ct);
        if (!clearance.Allowed)
            throw new DomainRuleException(clearance.Code ?? "cdd.incomplete", clearance.Reason);
        return clearance.ByException ? clearance.Reason : null;
    }

    /// <summary>AR 3.3: client account is no banking facility; money for a matter with no recorded work is flagged.</summary>
    internal static IReadOnlyList<string> Warnings(ReceiptMatter? matter) =>
        matter is null ? ["No matter was named: the money is held in suspense until it is allocated (SRA Accounts Rules 2.3)."]
        : matter.HasWork ? []
        : ["This matter has no recorded time or bills: client money must relate to legal work, not be held as a banking facility (SRA Accounts Rules 3.3)."];

    internal async Task<bool> IsReversedAsync(Guid journalId, CancellationToken ct) =>
        await db.Set<LedgerJournal>().AnyAsync(j => j.ReversesJournalId == journalId, ct);
}
