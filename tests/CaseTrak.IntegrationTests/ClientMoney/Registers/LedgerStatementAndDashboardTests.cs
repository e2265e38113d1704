using CaseTrak.IntegrationTests.Billing.Outputs;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.ClientMoney.Registers;

public sealed class LedgerStatementAndDashboardTests(TestApp app)
{
    [Fact]
    public async Task The_ledger_statement_pdf_shows_both_sides_the_balance_the_firm_and_its_sra_number()
    {
        var w = await RegistersWorld.CreateAsync(app);
        await w.Firm.WithDbAsync(async db =>
        {
            var firm = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Firms);
            firm.SraNumber = "612345";
            return await db.SaveChangesAsync();
        });
        var matter = await w.Firm.OpenMatterAsync(title: "Purchase of 9 Elm Grove");
        await w.ReceiveAsync(matter.Id(), 1_250_00, RegistersWorld.Today.AddDays(-2), "Deposit from client");
        await w.PayAsync(matter.Id(), 250_00, RegistersWorld.Today.AddDays(-1), "Local search");

        var pdf = await w.Firm.Admin.GetAsync($"/api/v1/matters/{matter.Id()}/ledger/pdf").BytesAsync(200, "application/pdf");
        var text = OutputTestData.PdfText(pdf);

        Assert.Contains("Matter ledger statement", text, StringComparison.Ordinal);
        Assert.Contains(w.Firm.Name, text, StringComparison.Ordinal);
        Assert.Contains("612345", text, StringComparison.Ordinal);
        Assert.Contains(matter.Str("reference"), text, StringComparison.Ordinal);
        Assert.Contains("Client account", text, StringComparison.Ordinal);
        Assert.Contains("Office account", text, StringComparison.Ordinal);
        Assert.Contains("Deposit from client", text, StringComparison.Ordinal);
        Assert.Contains("£1,250.00", text, StringComparison.Ordinal);
        Assert.Contains("Client money held: £1,000.00", text, StringComparison.Ordinal);
        Assert.Single(await w.Firm.AuditAsync("&action=LedgerStatementDownloaded"));
    }

    [Fact]
    public async Task A_barred_user_cannot_download_the_ledger_statement()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var secret = await w.BarredMatterAsync("Secret merger");
        var cashier = await w.SessionAsync("cashier");
        await cashier.Client.GetAsync($"/api/v1/matters/{secret.Id()}/ledger/pdf").ExpectAsync(404);
        Assert.Empty(await w.Firm.AuditAsync("&action=LedgerStatementDownloaded"));
    }

    [Fact]
    public async Task The_dashboard_shows_a_cashier_what_needs_doing_and_refuses_a_fee_earner()
    {
        var w = await RegistersWorld.CreateAsync(app);
        var matter = await w.Firm.OpenMatterAsync();
        await w.ReceiveAsync(matter.Id(), 2_345_67, RegistersWorld.Today.AddDays(-1));
        var cashier = await w.SessionAsync("cashier");

        var page = WebUtility.HtmlDecode(await cashier.Client.GetStringAsync("/client-money"));

        Assert.Contains("Client money held", page, StringComparison.Ordinal);
        Assert.Contains("£2,345.67", page, StringComparison.Ordinal);
        Assert.Contains($"{w.Firm.Name} client account", page, StringComparison.Ordinal);
        Assert.Contains("No payments are waiting", page, StringComparison.Ordinal);
        Assert.Contains("Nothing in suspense", page, StringComparison.Ordinal);
        var feeEarner = await w.SessionAsync("feeEarner");
        await feeEarner.Client.GetAsync("/client-money").ExpectAsync(403);
        foreach (var register in new[] { "/client-money/balances", "/client-money/cash-book", "/client-money/dormant", "/client-money/residual-balances",
                     "/client-money/breaches", "/client-money/accountants-report" })
        {
            await cashier.Client.GetAsync(register).ExpectAsync(200);
            await feeEarner.Client.GetAsync(register).ExpectAsync(403);
        }
        await w.Firm.Admin.GetAsync("/settings/client-money").ExpectAsync(200);
    }

    [Fact]
    public async Task The_dashboard_records_a_reconciliation_more_than_five_weeks_late_as_a_breach_once()
    {
        var w = await RegistersWorld.CreateAsync(app);
        await w.Firm.WithDbAsync(async db =>
        {
            db.Add(new CaseTrak.Web.Features.ClientMoney.BankAccount
            {
                Kind = CaseTrak.Web.Features.ClientMoney.BankAccountKind.Client, Name = $"{w.Firm.Name} old client account", SortCode = "200000",
                AccountNumber = "87654321", OpenedOn = RegistersWorld.Today.AddDays(-60), CreatedByUserId = w.Firm.Owner.Id, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        await w.Firm.Admin.GetAsync("/client-money").ExpectAsync(200);
        var page = WebUtility.HtmlDecode(await w.Firm.Admin.GetStringAsync("/client-money"));

        Assert.Contains("Overdue — breach", page, StringComparison.Ordinal);
        var breach = Assert.Single((await w.Firm.Admin.GetAsync("/api/v1/client-money/breaches?open=true").ExpectJsonAsync(200)).Items());
        Assert.Equal("AR 8.3", breach.Str("rule"));
        Assert.True(breach.GetProperty("automatic").GetBoolean());
    }
}
