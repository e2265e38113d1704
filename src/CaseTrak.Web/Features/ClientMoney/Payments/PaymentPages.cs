using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record AccountChoice(Guid Id, string Name);

/// <summary>What the payment and transfer forms offer: the matters the user can see, and the firm's open client accounts.</summary>
public sealed class ClientMoneyChoices(AppDbContext db, MatterPicker matters)
{
    public Task<IReadOnlyList<MatterChoice>> MattersAsync(CancellationToken ct) => matters.ChoicesAsync(ct);

    public async Task<IReadOnlyList<AccountChoice>> ClientAccountsAsync(CancellationToken ct) =>
        await db.Set<BankAccount>().AsNoTracking().Where(a => a.Kind == BankAccountKind.Client && a.ClosedOn == null)
            .OrderBy(a => a.Name).Select(a => new AccountChoice(a.Id, a.Name)).ToListAsync(ct);

    /// <summary>The account the matter's money sits in when there is one, else the firm's only client account.</summary>
    public async Task<Guid?> DefaultAccountAsync(Guid? matterId, IReadOnlyList<AccountChoice> accounts, CancellationToken ct)
    {
        if (matterId is { } m)
        {
            var holding = await db.Set<MatterClientBalance>().AsNoTracking().Where(b => b.MatterId == m && b.BalanceMinor > 0)
                .OrderByDescending(b => b.BalanceMinor).Select(b => (Guid?)b.BankAccountId).FirstOrDefaultAsync(ct);
            if (holding is not null)
                return holding;
        }
        return accounts.Count == 1 ? accounts[0].Id : null;
    }

    public async Task<MatterChoice?> MatterAsync(Guid? matterId, CancellationToken ct) => matterId is { } m
        ? await db.Set<Matter>().AsNoTracking().Where(x => x.Id == m).Select(x => new MatterChoice(x.Id, x.Reference, x.Title)).SingleOrDefaultAsync(ct)
        : null;

    /// <summary>"Requested", "Awaiting second approval", "Paid"… as the pages show a payment's state.</summary>
    public static string Status(ClientPaymentDto p) => p.Status switch
    {
        ClientPaymentStatus.Requested => "Awaiting approval",
        ClientPaymentStatus.Approved => "Awaiting second approval",
        ClientPaymentStatus.Paid => "Paid",
        ClientPaymentStatus.Rejected => "Rejected",
        _ => "Cancelled",
    };

    public static string Step(string step) => step switch
    {
        "requested" => "Requested",
        "approved" => "Approved",
        "secondApproval" => "Second approval",
        "rejected" => "Rejected",
        "cancelled" => "Cancelled",
        _ => "Posted and paid",
    };
}
