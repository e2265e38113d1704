using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// The demo's postings, each through <see cref="LedgerPoster"/> (so balances move exactly as the handlers move them)
/// with the record that explains it: receipts, paid payments, payment requests, transfers to office against a
/// delivered bill (the bill's office payment by client-account transfer) and between clients with authority.
/// </summary>
internal sealed class ClientMoneyDemoBooks(AppDbContext db, LedgerPoster poster, DemoFirm firm, Guid account)
{
    public Guid User(string local) => firm.Users[local].Id;

    public static DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    public async Task<ClientReceipt> ReceiveAsync(Guid? matter, long amount, DateOnly on, string payer, PaymentMethod method, string description,
        string? reference, CancellationToken ct)
    {
        PostingLine[] lines = matter is { } m
            ? [new(LedgerAccountKind.ClientBank, account, null, amount), new(LedgerAccountKind.ClientLedger, account, m, -amount)]
            : [new(LedgerAccountKind.ClientBank, account, null, amount), new(LedgerAccountKind.Suspense, account, null, -amount)];
        var journal = await poster.PostAsync(new JournalDraft(matter is null ? JournalKind.SuspenseReceipt : JournalKind.Receipt, on, description, reference, lines),
            User("cashier"), ct);
        var receipt = new ClientReceipt
        {
            BankAccountId = account, MatterId = matter, AmountMinor = amount, ReceivedOn = on, BankedOn = on, Payer = payer, Method = method,
            Reference = reference, JournalId = journal.Id, ReceivedByUserId = User("cashier"), CreatedAt = At(on, 11),
        };
        db.Add(receipt);
        return receipt;
    }

    public async Task<ClientPayment> PayAsync(Guid matter, long amount, DateOnly on, string payee, string purpose, CancellationToken ct)
    {
        var journal = await poster.PostAsync(new JournalDraft(JournalKind.Payment, on, $"{purpose} — {payee}", null,
            [new(LedgerAccountKind.ClientLedger, account, matter, amount), new(LedgerAccountKind.ClientBank, account, null, -amount)]), User("cashier"), ct);
        var payment = Request(matter, amount, on.AddDays(-1), payee, purpose, needsSecond: false);
        (payment.Status, payment.JournalId) = (ClientPaymentStatus.Paid, journal.Id);
        (payment.FirstApproverUserId, payment.FirstApprovedAt) = (User("partner"), At(on, 9));
        return payment;
    }

    /// <summary>A payment request as the fee earner made it (not yet posted).</summary>
    public ClientPayment Request(Guid matter, long amount, DateOnly on, string payee, string purpose, bool needsSecond)
    {
        var payment = new ClientPayment
        {
            MatterId = matter, BankAccountId = account, AmountMinor = amount, Payee = payee, Purpose = purpose, PayOn = on.AddDays(1),
            Instruction = $"Client's instruction by email of {on.AddDays(-2):d MMM yyyy}, confirmed by telephone.",
            PayeeSortCode = "40-11-62", PayeeAccountNumber = "21448712", PayeeReference = purpose.Length > 18 ? purpose[..18] : purpose,
            Status = ClientPaymentStatus.Requested, NeedsSecondApproval = needsSecond, RequestedByUserId = User("solicitor"), RequestedAt = At(on, 15),
            Version = 1,
        };
        db.Add(payment);
        return payment;
    }

    /// <summary>Costs to office against a delivered bill, never above what it still owes (AR 4.3).</summary>
    public async Task TransferToOfficeAsync(Invoice bill, long amount, DateOnly on, CancellationToken ct)
    {
        if (bill.DeliveredOn is not { } delivered || delivered > on || amount > bill.OutstandingMinor || bill.Kind != InvoiceKind.Invoice)
            throw new InvalidOperationException($"The demo may not transfer {amount} against bill {bill.Number} on {on}.");
        var journal = await poster.PostAsync(new JournalDraft(JournalKind.TransferToOffice, on, $"Transfer to office: costs, bill {bill.Number}", bill.Number,
        [
            new(LedgerAccountKind.ClientLedger, account, bill.MatterId, amount, InvoiceId: bill.Id),
            new(LedgerAccountKind.ClientBank, account, null, -amount, InvoiceId: bill.Id),
        ]), User("cashier"), ct);
        var office = new OfficePayment
        {
            ClientId = bill.ClientId, ReceivedOn = on, AmountMinor = amount, AllocatedMinor = amount, Method = PaymentMethod.ClientAccountTransfer,
            Payer = "Client account", Reference = $"Transfer from client account ({LedgerPoster.FormatNumber(journal.Number)})",
            RecordedByUserId = User("cashier"), CreatedAt = At(on, 12), Version = 1,
        };
        db.Add(office);
        db.Add(new PaymentAllocation
        {
            PaymentId = office.Id, InvoiceId = bill.Id, MatterId = bill.MatterId, AmountMinor = amount, AllocatedByUserId = User("cashier"), AllocatedAt = office.CreatedAt,
        });
        (bill.PaidMinor, bill.Version) = (bill.PaidMinor + amount, bill.Version + 1);
        db.Add(new ClientTransfer
        {
            Kind = ClientTransferKind.ToOffice, MatterId = bill.MatterId, BankAccountId = account, InvoiceId = bill.Id, OfficePaymentId = office.Id,
            AmountMinor = amount, PostedOn = on, Reason = $"Costs per bill {bill.Number} delivered {delivered:d MMM yyyy}", JournalId = journal.Id,
            TransferredByUserId = User("cashier"), CreatedAt = At(on, 12),
        });
    }

    public async Task TransferBetweenAsync(Guid from, Guid to, long amount, DateOnly on, string authority, CancellationToken ct)
    {
        var journal = await poster.PostAsync(new JournalDraft(JournalKind.TransferBetweenClients, on, "Transfer between client ledgers on the client's authority", null,
            [new(LedgerAccountKind.ClientLedger, account, from, amount), new(LedgerAccountKind.ClientLedger, account, to, -amount)]), User("cashier"), ct);
        db.Add(new ClientTransfer
        {
            Kind = ClientTransferKind.BetweenClients, MatterId = from, ToMatterId = to, BankAccountId = account, AmountMinor = amount, PostedOn = on,
            Authority = authority, Reason = "Funds applied to the related matter", JournalId = journal.Id, TransferredByUserId = User("cashier"),
            CreatedAt = At(on, 12),
        });
    }
}
