using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.ClientMoney;

namespace CaseTrak.IntegrationTests.Tenancy;

/// <summary>Client-money rows of one sample (issue 6), all made through the API except the balance-return task.</summary>
public sealed record ClientMoneySweepRows(Guid BankAccountId, Guid ReceiptId, Guid JournalId, Guid PaymentId, Guid TransferId,
    Guid BalanceReturnId, Guid ReconciliationId, Guid StatementLineId, Guid ReconciliationItemId, Guid BreachId)
{
    public static readonly ClientMoneySweepRows None = new(Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty,
        Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty);
}

/// <summary>Route-sweep entries and seeding for client money: ledger, receipts, payments and transfers are the matter's; accounts, reconciliations and breaches are the firm's.</summary>
public static class RouteSweepClientMoney
{
    public static IEnumerable<KeyValuePair<string, Func<SweepSample, SweepEntry>>> Entries()
    {
        static KeyValuePair<string, Func<SweepSample, SweepEntry>> E(string route, Func<SweepSample, SweepEntry> fill) => new(route, fill);
        static SweepEntry M(SweepSample s, params (string, Guid)[] values) => RouteSweepRegistry.Matter(s, values);
        static SweepEntry F(params (string, Guid)[] values) => RouteSweepRegistry.Firm(values);
        return
        [
            E("/api/v1/matters/{id:guid}/ledger", s => M(s)),
            E("/api/v1/matters/{id:guid}/ledger/pdf", s => M(s)),
            E("/matters/{id:guid}/client-money", s => M(s)),
            E("/api/v1/client-money/receipts/{id:guid}", s => M(s, ("id", s.ClientMoney.ReceiptId))),
            E("/api/v1/client-money/receipts/{id:guid}/allocate", s => M(s, ("id", s.ClientMoney.ReceiptId))),
            E("/api/v1/client-money/journals/{id:guid}", s => M(s, ("id", s.ClientMoney.JournalId))),
            E("/api/v1/client-money/journals/{id:guid}/reverse", s => M(s, ("id", s.ClientMoney.JournalId))),
            E("/client-money/journals/{id:guid}", s => M(s, ("id", s.ClientMoney.JournalId)) with { RoleLimited = true }),
            E("/api/v1/client-money/payments/{id:guid}", s => M(s, ("id", s.ClientMoney.PaymentId))),
            E("/api/v1/client-money/payments/{id:guid}/approve", s => M(s, ("id", s.ClientMoney.PaymentId))),
            E("/api/v1/client-money/payments/{id:guid}/reject", s => M(s, ("id", s.ClientMoney.PaymentId))),
            E("/api/v1/client-money/payments/{id:guid}/cancel", s => M(s, ("id", s.ClientMoney.PaymentId))),
            E("/client-money/payments/{id:guid}", s => M(s, ("id", s.ClientMoney.PaymentId))),
            E("/api/v1/client-money/transfers/{id:guid}", s => M(s, ("id", s.ClientMoney.TransferId))),
            E("/api/v1/client-money/balance-returns/{id:guid}", s => M(s, ("id", s.ClientMoney.BalanceReturnId))),
            E("/api/v1/client-money/balance-returns/{id:guid}/done", s => M(s, ("id", s.ClientMoney.BalanceReturnId))),
            E("/api/v1/client-money/balance-returns/{id:guid}/letter", s => M(s, ("id", s.ClientMoney.BalanceReturnId))),
            E("/api/v1/client-money/bank-accounts/{id:guid}", s => F(("id", s.ClientMoney.BankAccountId))),
            E("/api/v1/client-money/reconciliations/{id:guid}", s => F(("id", s.ClientMoney.ReconciliationId))),
            E("/api/v1/client-money/reconciliations/{id:guid}/statement", s => F(("id", s.ClientMoney.ReconciliationId))),
            E("/api/v1/client-money/reconciliations/{id:guid}/statement-lines", s => F(("id", s.ClientMoney.ReconciliationId))),
            E("/api/v1/client-money/reconciliations/{id:guid}/auto-match", s => F(("id", s.ClientMoney.ReconciliationId))),
            E("/api/v1/client-money/reconciliations/{id:guid}/matches", s => F(("id", s.ClientMoney.ReconciliationId))),
            E("/api/v1/client-money/reconciliations/{id:guid}/matches/{statementLineId:guid}",
                s => F(("id", s.ClientMoney.ReconciliationId), ("statementLineId", s.ClientMoney.StatementLineId))),
            E("/api/v1/client-money/reconciliations/{id:guid}/items", s => F(("id", s.ClientMoney.ReconciliationId))),
            E("/api/v1/client-money/reconciliations/{id:guid}/items/{itemId:guid}",
                s => F(("id", s.ClientMoney.ReconciliationId), ("itemId", s.ClientMoney.ReconciliationItemId))),
            E("/api/v1/client-money/reconciliations/{id:guid}/sign-off", s => F(("id", s.ClientMoney.ReconciliationId))),
            E("/client-money/reconciliations/{id:guid}", s => F(("id", s.ClientMoney.ReconciliationId))),
            E("/client-money/reconciliations/{id:guid}/sign-off", s => F(("id", s.ClientMoney.ReconciliationId))),
            E("/api/v1/client-money/breaches/{id:guid}", s => F(("id", s.ClientMoney.BreachId))),
            E("/client-money/breaches/{id:guid}/correct", s => F(("id", s.ClientMoney.BreachId))),
        ];
    }

    /// <summary>A client account, a receipt, a payment request, a transfer to office against the delivered bill, a balance return, a reconciliation with a statement line and an item, and a breach.</summary>
    public static async Task<ClientMoneySweepRows> SeedAsync(TestFirm firm, HttpClient client, Guid matterId, Guid clientId, Guid billId, string nonce)
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        await client.PostAsJsonAsync($"/api/v1/contacts/{clientId}/due-diligence",
            new { status = "complete", verifiedOn = today, evidenceType = "Passport", method = "In person" }).ExpectAsync(201);
        var account = await client.PostAsJsonAsync("/api/v1/client-money/bank-accounts", new
        {
            name = $"{firm.Name} Client Account", kind = "client", sortCode = "20-00-00", accountNumber = Random.Shared.Next(10_000_000, 99_999_999).ToString(),
        }).ExpectJsonAsync(201);
        var receipt = await client.PostAsJsonAsync("/api/v1/client-money/receipts", new
        {
            matterId, bankAccountId = account.Id(), amountMinor = 500_00, receivedOn = today, payer = $"Payer {nonce}", method = "bankTransfer", reference = $"Ref {nonce}",
        }).ExpectJsonAsync(201);
        var payment = await client.PostAsJsonAsync("/api/v1/client-money/payments", new
        {
            matterId, bankAccountId = account.Id(), amountMinor = 10_00, payee = $"Payee {nonce}", purpose = $"Search fees {nonce}", instruction = "Client's email of today",
        }).ExpectJsonAsync(201);
        await client.PostAsJsonAsync($"/api/v1/invoices/{billId}/deliver", new { deliveredOn = today, method = "email" }).ExpectAsync(200);
        var transfer = await client.PostAsJsonAsync("/api/v1/client-money/transfers", new
        {
            fromMatterId = matterId, invoiceId = billId, amountMinor = 1_00, bankAccountId = account.Id(), reason = $"Costs {nonce}",
        }).ExpectJsonAsync(201);
        var balanceReturn = await firm.WithDbAsync(async db =>
        {
            var task = new BalanceReturn { MatterId = matterId, AmountMinor = 489_00, AssignedToUserId = firm.Owner.Id, DueOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)), CreatedAt = DateTime.UtcNow };
            db.Add(task);
            await db.SaveChangesAsync();
            return task.Id;
        });
        var (reconciliation, line, item) = await SeedReconciliationAsync(client, account.Id(), today, nonce);
        var breach = await client.PostAsJsonAsync("/api/v1/client-money/breaches", new
        {
            rule = "AR 8.3", description = $"Breach {firm.Tag}", occurredOn = today, discoveredOn = today,
        }).ExpectJsonAsync(201);
        return new(account.Id(), receipt.Id(), receipt.GetProperty("journalId").GetGuid(), payment.Id(), transfer.Id(), balanceReturn,
            reconciliation, line, item, breach.Id());
    }

    private static async Task<(Guid Reconciliation, Guid Line, Guid Item)> SeedReconciliationAsync(HttpClient client, Guid account, string today, string nonce)
    {
        var reconciliation = await client.PostAsJsonAsync("/api/v1/client-money/reconciliations", new { bankAccountId = account, statementDate = today, statementBalanceMinor = 499_00 })
            .ExpectJsonAsync(201);
        var url = $"/api/v1/client-money/reconciliations/{reconciliation.Id()}";
        using var form = new MultipartFormDataContent
        {
            { new StringContent($"Date,Description,Amount\n{DateTime.UtcNow:dd/MM/yyyy},Bank charge {nonce},-0.37\n"), "file", "statement.csv" },
            { new StringContent("Date"), "dateColumn" }, { new StringContent("Description"), "descriptionColumn" },
            { new StringContent("Amount"), "amountColumn" }, { new StringContent("dd/MM/yyyy"), "dateFormat" }, { new StringContent("true"), "hasHeader" },
        };
        await client.PostAsync($"{url}/statement", form).ExpectAsync(200);
        var line = (await client.GetAsync(url).ExpectJsonAsync(200)).GetProperty("statementLines")[0].Id();
        var withItem = await client.PostAsJsonAsync($"{url}/items", new { kind = "bankError", explanation = $"Charge to be refunded {nonce}", amountMinor = 37, statementLineId = line })
            .ExpectJsonAsync(201);
        return (reconciliation.Id(), line, withItem.GetProperty("items")[0].Id());
    }
}
