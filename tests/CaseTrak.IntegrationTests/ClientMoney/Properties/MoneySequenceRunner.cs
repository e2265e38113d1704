using CaseTrak.IntegrationTests.Billing.Bills;
using CaseTrak.IntegrationTests.ClientMoney.Accounts;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Properties;

/// <summary>
/// Plays one random sequence through the API against a fresh firm (two matters whose clients passed due diligence, one
/// client account, the Owner as bookkeeper and requester, a Partner approving) and keeps <see cref="MoneyModel"/> in
/// step. Every refusal must be 422 `client_money.insufficient_funds` exactly when the model says the step would overdraw.
/// </summary>
public sealed class MoneySequenceRunner(TestFirm firm, Guid account, Guid[] matters, HttpClient partner)
{
    private const string Insufficient = "client_money.insufficient_funds";

    public MoneyModel Model { get; } = new();
    public TestFirm Firm => firm;
    public Guid Account => account;
    public Guid[] Matters => matters;

    public static async Task<MoneySequenceRunner> StartAsync(TestApp app)
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var (account, first) = await firm.AccountAndMatterAsync();
        var second = (await firm.OpenBillableMatterAsync()).Id();
        var partner = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        return new(firm, account, [first, second], partner.Client);
    }

    public async Task RunAsync(IReadOnlyList<MoneyOp> ops)
    {
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            var (d0, d1) = MoneyModel.Delta(op.Matter, op.AmountMinor);
            var step = $"step {i + 1} {op} with balances {Model.Balances[0]}/{Model.Balances[1]}";
            switch (op.Kind)
            {
                case MoneyOpKind.Receipt:
                    var receipt = await firm.Admin.PostReceiptAsync(matters[op.Matter], account, op.AmountMinor);
                    Model.Apply(await JournalAsync(receipt, refused: false, step), d0, d1);
                    break;
                case MoneyOpKind.RequestPayment:
                    var refuse = !Model.Affords(-d0, -d1);
                    var request = await firm.Admin.PostAsJsonAsync("/api/v1/client-money/payments", new
                    {
                        matterId = matters[op.Matter], bankAccountId = account, amountMinor = op.AmountMinor, payee = "HM Land Registry",
                        purpose = "Registration fee", instruction = "Client's letter of 2 November",
                    });
                    var body = await ExpectAsync(request, refuse, step);
                    if (!refuse)
                        Model.Pending.Add((body.Id(), op.Matter, op.AmountMinor));
                    break;
                case MoneyOpKind.ApprovePayment when Model.Pending.Count > 0:
                    var (payment, matter, amount) = Model.Pending[op.Pick % Model.Pending.Count];
                    Model.Pending.Remove((payment, matter, amount));
                    var (p0, p1) = MoneyModel.Delta(matter, -amount);
                    var overdraws = !Model.Affords(p0, p1);
                    var approved = await ExpectAsync(await partner.PostAsync($"/api/v1/client-money/payments/{payment}/approve", null), overdraws, step);
                    if (!overdraws)
                        Model.Apply(approved.GetProperty("journalId").GetGuid(), p0, p1);
                    break;
                case MoneyOpKind.Transfer:
                    var (t0, t1) = op.Matter == 0 ? (-op.AmountMinor, op.AmountMinor) : (op.AmountMinor, -op.AmountMinor);
                    var transfer = await firm.Admin.PostAsJsonAsync("/api/v1/client-money/transfers", new
                    {
                        fromMatterId = matters[op.Matter], toMatterId = matters[1 - op.Matter], bankAccountId = account, amountMinor = op.AmountMinor,
                        authority = "Signed authority from both clients",
                    });
                    if (await JournalAsync(transfer, !Model.Affords(t0, t1), step) is { } moved && moved != Guid.Empty)
                        Model.Apply(moved, t0, t1);
                    break;
                case MoneyOpKind.Reverse when Model.Reversible.Count > 0:
                    var item = Model.Reversible[op.Pick % Model.Reversible.Count];
                    var refused = !Model.Affords(-item.Delta0, -item.Delta1);
                    var reversal = await firm.Admin.PostAsJsonAsync($"/api/v1/client-money/journals/{item.Journal}/reverse", new { reason = "Posted in error" });
                    var reversed = await ExpectAsync(reversal, refused, step);
                    if (!refused)
                    {
                        Model.Reversible.Remove(item);
                        Model.Apply(reversed.Id(), -item.Delta0, -item.Delta1, reversible: false);
                    }
                    break;
            }
        }
    }

    /// <summary>The posted journal's id (a transfer answers with journalId, a receipt too), or Guid.Empty when refused as expected.</summary>
    private static async Task<Guid> JournalAsync(HttpResponseMessage response, bool refused, string step)
    {
        var body = await ExpectAsync(response, refused, step);
        return refused ? Guid.Empty : body.GetProperty("journalId").GetGuid();
    }

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, bool refused, string step)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var ok = refused
            ? status == 422 && text.Contains($"\"{Insufficient}\"", StringComparison.Ordinal)
            : status is 200 or 201;
        if (!ok)
            throw new InvalidOperationException($"{step}: expected {(refused ? $"422 {Insufficient}" : "success")}, got {status}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
