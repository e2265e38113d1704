using CaseTrak.Web.Features.Billing;
using static CaseTrak.Web.Features.Matters.Demo.DemoPracticeAreas;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>One dated posting of the demo, run later in date order so journal numbers follow the calendar.</summary>
internal sealed record DemoMove(DateOnly On, Func<ClientMoneyDemoBooks, CancellationToken, Task> Post);

/// <summary>
/// Plans a year of client money matter by matter with a running model of each client balance, so every payment and
/// transfer is affordable on its date: conveyancing completion monies out to stamp duty, searches and the seller's
/// solicitors (some completions still to come); payments on account elsewhere, counsel's and court fees, costs taken
/// against the matter's delivered bills, and now and then the balance returned to the client.
/// </summary>
internal sealed class ClientMoneyDemoPlan(Random rng, DateOnly today, IReadOnlyList<Invoice> bills)
{
    public List<DemoMove> Moves { get; } = [];
    public Dictionary<Guid, long> Balances { get; } = [];
    private readonly Dictionary<Guid, long> owed = bills.ToDictionary(b => b.Id, b => b.OutstandingMinor);

    public void Matter(DemoBillingMatter m, int index)
    {
        var start = (m.OpenedOn > today.AddDays(-360) ? m.OpenedOn : today.AddDays(-360)).AddDays(rng.Next(3, 30));
        if (start > today.AddDays(-5))
            start = today.AddDays(-5);
        var wanted = new List<(DateOnly On, int Order, string Kind, long Amount, string Party, string Text, Invoice? Bill)>();
        if (m.Area == Conveyancing)
        {
            var price = rng.Next(18, 70) * 5_000_00L;
            wanted.Add((start, 0, "in", price / 10 + 2_500_00, m.ClientName, "Deposit and funds for searches", null));
            wanted.Add((start.AddDays(rng.Next(4, 15)), 1, "out", rng.Next(250, 450) * 100L, "Searchflow Ltd", "Local authority and drainage searches", null));
            var completion = start.AddDays(rng.Next(40, 120));
            wanted.Add((completion.AddDays(-2), 0, "in", price - price / 10, "Halifax plc", "Mortgage advance for completion", null));
            wanted.Add((completion, 1, "out", price - 1_000_00, "Seller's solicitors", "Completion monies", null));
            wanted.Add((completion.AddDays(rng.Next(3, 12)), 1, "out", price * 3 / 100, "HM Revenue & Customs", "Stamp Duty Land Tax", null));
            if (index % 4 == 1) // still to complete: the money waits in client account
                wanted.RemoveAll(w => w.On >= completion.AddDays(-2));
        }
        else
        {
            wanted.Add((start, 0, "in", rng.Next(10, 50) * 100_00L, m.ClientName, "Payment on account of costs", null));
            if (rng.Next(3) == 0)
                wanted.Add((start.AddDays(rng.Next(60, 150)), 0, "in", rng.Next(5, 30) * 100_00L, m.ClientName, "Further payment on account", null));
            if (m.Area == Litigation)
                wanted.Add((start.AddDays(rng.Next(20, 90)), 1, "out", rng.Next(15, 40) * 50_00L, "Counsel's chambers", "Counsel's fee for advice", null));
            if (m.Area is Litigation or Family)
                wanted.Add((start.AddDays(rng.Next(10, 60)), 1, "out", 593_00, "HM Courts & Tribunals Service", "Court issue fee", null));
        }
        foreach (var bill in bills.Where(b => b.MatterId == m.Id && b.DeliveredOn >= start))
            wanted.Add((bill.DeliveredOn!.Value.AddDays(rng.Next(1, 6)), 2, "office", 0, "", "", bill));
        if (index % 9 == 4)
            wanted.Add((today.AddDays(-rng.Next(8, 20)), 3, "return", 0, m.ClientName, "Balance of monies returned to client", null));

        var balance = 0L;
        foreach (var w in wanted.Where(w => w.On <= today).OrderBy(w => w.On).ThenBy(w => w.Order))
        {
            var amount = w.Kind switch
            {
                "in" => w.Amount,
                "office" => Math.Min(balance, owed[w.Bill!.Id]),
                "return" => balance,
                _ => w.Amount <= balance ? w.Amount : 0,
            };
            if (amount <= 0)
                continue;
            balance += w.Kind == "in" ? amount : -amount;
            Add(m.Id, w.On, w.Kind, amount, w.Party, w.Text, w.Bill);
        }
        Balances[m.Id] = balance;
    }

    public void Add(Guid matter, DateOnly on, string kind, long amount, string party, string text, Invoice? bill)
    {
        if (bill is not null)
            owed[bill.Id] -= amount;
        var method = kind == "in" && amount > 50_000_00 ? PaymentMethod.BankTransfer : (PaymentMethod)rng.Next(3);
        var reference = $"REF {rng.Next(100_000, 999_999)}";
        Moves.Add(new(on, kind switch
        {
            "in" => (b, ct) => b.ReceiveAsync(matter, amount, on, party, method, text, reference, ct),
            "office" => (b, ct) => b.TransferToOfficeAsync(bill!, amount, on, ct),
            _ => (b, ct) => b.PayAsync(matter, amount, on, party, text, ct),
        }));
    }
}
