using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// The demo's one-off cases, planned beside the ordinary moves: a client → client transfer with authority, a receipt
/// waiting in suspense, payment requests awaiting approval (one above the threshold with its first approval), a
/// breach recorded and put right, and a residual balance paid to charity after tracing.
/// </summary>
internal sealed class ClientMoneyDemoExtras(AppDbContext db, DemoFirm firm, DateOnly today)
{
    public void Plan(ClientMoneyDemoPlan plan, IReadOnlyList<DemoBillingMatter> matters, DemoBillingMatter residual, Guid account)
    {
        var held = matters.Where(m => plan.Balances.GetValueOrDefault(m.Id) > 0).ToList();
        var from = held.Where(m => m.Area != Matters.Demo.DemoPracticeAreas.Conveyancing).MaxBy(m => plan.Balances[m.Id]) ?? held.First();
        var to = matters.FirstOrDefault(m => m.ClientId == from.ClientId && m.Id != from.Id) ?? matters.First(m => m.Id != from.Id);
        var moved = Math.Min(plan.Balances[from.Id] / 2 / 100 * 100, 1_500_00);
        var on = today; // after every other move, so the planned balances hold
        if (moved > 0)
            plan.Moves.Add(new(on, (b, ct) => b.TransferBetweenAsync(from.Id, to.Id, moved, on,
                $"Signed authority from {from.ClientName} dated {on.AddDays(-2):d MMM yyyy} to apply these funds to {to.Reference}.", ct)));
        plan.Balances[from.Id] -= moved;
        plan.Balances[to.Id] = plan.Balances.GetValueOrDefault(to.Id) + moved;

        var suspenseOn = today.AddDays(-4);
        plan.Moves.Add(new(suspenseOn, (b, ct) => b.ReceiveAsync(null, 750_00, suspenseOn, "J SMITH", PaymentMethod.BankTransfer,
            "Unidentified bank transfer held in suspense", "SMITH DEPOSIT", ct)));

        var requestOn = today.AddDays(-1);
        var small = held.Where(m => m.Id != from.Id && plan.Balances[m.Id] >= 400_00).MinBy(m => plan.Balances[m.Id]) ?? from;
        var large = held.MaxBy(m => plan.Balances[m.Id])!;
        plan.Moves.Add(new(requestOn, (b, _) =>
        {
            b.Request(small.Id, Math.Min(plan.Balances[small.Id] / 2, 350_00), requestOn, "Dr A Patel", "Medical report fee", needsSecond: false);
            var big = b.Request(large.Id, Math.Max(Math.Min(plan.Balances[large.Id] - 500_00, 25_000_00), 10_000_01), requestOn,
                "Harrison Keane Solicitors", "Balance of purchase monies", needsSecond: true);
            (big.FirstApproverUserId, big.FirstApprovedAt) = (firm.Users["partner"].Id, ClientMoneyDemoBooks.At(today, 9));
            return Task.CompletedTask;
        }));

        var breachOn = today.AddDays(-120);
        var breached = matters[matters.Count / 3];
        db.Add(new AccountsBreach
        {
            Rule = "AR 2.3", MatterId = breached.Id, BankAccountId = account, AmountMinor = 1_200_00, OccurredOn = breachOn, DiscoveredOn = breachOn.AddDays(1),
            Description = $"£1,200.00 paid on account of costs by {breached.ClientName} was banked in the office account in error.",
            CorrectedOn = breachOn.AddDays(1), Correction = "Transferred to the client account the next working day and credited to the client ledger; cashiers reminded of the procedure.",
            RecordedByUserId = firm.Users["cashier"].Id, RecordedAt = ClientMoneyDemoBooks.At(breachOn.AddDays(1), 16), Version = 1,
        });

        Residual(plan, residual, account);
    }

    /// <summary>A client who could not be traced: £37.70 left after an overpaid search fee, paid to charity after tracing (≤ £500, AR 5.1(c)).</summary>
    private void Residual(ClientMoneyDemoPlan plan, DemoBillingMatter m, Guid account)
    {
        var (receivedOn, paidOn, charityOn) = (today.AddDays(-330), today.AddDays(-320), today.AddDays(-30));
        plan.Add(m.Id, receivedOn, "in", 250_00, m.ClientName, "Payment on account of search fees", null);
        plan.Add(m.Id, paidOn, "out", 212_30, "Searchflow Ltd", "Local authority search", null);
        plan.Moves.Add(new(charityOn, async (b, ct) =>
        {
            var payment = await b.PayAsync(m.Id, 37_70, charityOn, "Shelter", "Residual client balance paid to charity", ct);
            db.Add(new ResidualBalance
            {
                MatterId = m.Id, BankAccountId = account, AmountMinor = 37_70, OwnerName = m.ClientName, PaidOn = charityOn, PaymentId = payment.Id,
                TracingSteps = "Letters to the last known address (returned), emails and calls to the numbers on file, a tracing-agent search: no trace.",
                CharityName = "Shelter", CharityNumber = "263710", RecordedByUserId = firm.Users["cashier"].Id, RecordedAt = ClientMoneyDemoBooks.At(charityOn, 15),
            });
        }));
        plan.Balances[m.Id] = 0;
    }
}
