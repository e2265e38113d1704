using CaseTrak.IntegrationTests.Matters;
using CaseTrak.Web.Features.ClientMoney;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.ClientMoney.Reconciliations;

public sealed class ReconciliationCadenceTests(TestApp app)
{
    private const string Status = "/api/v1/client-money/reconciliation-status";

    [Fact]
    public async Task An_account_not_reconciled_for_five_weeks_records_exactly_one_breach_however_often_it_is_asked()
    {
        var late = await ReconciliationWorld.CreateAsync(app, openedDaysAgo: 40);
        var due = await ReconciliationWorld.CreateAsync(app, openedDaysAgo: 30, existing: late.Firm);

        var first = await late.Firm.Admin.GetAsync(Status).ExpectJsonAsync(200);
        await late.Firm.Admin.GetAsync(Status).ExpectJsonAsync(200);

        var rows = first.Items();
        Assert.Equal("breach", rows.Single(r => r.GetProperty("bankAccountId").GetGuid() == late.Account).Str("cadence"));
        var dueRow = rows.Single(r => r.GetProperty("bankAccountId").GetGuid() == due.Account);
        Assert.Equal("due", dueRow.Str("cadence"));
        Assert.Equal(30, dueRow.GetProperty("daysSince").GetInt32());
        var breaches = await late.Firm.WithDbAsync(db => db.Set<AccountsBreach>().AsNoTracking().ToListAsync());
        var breach = Assert.Single(breaches);
        Assert.Equal("AR 8.3", breach.Rule);
        Assert.Equal(late.Account, breach.BankAccountId);
        Assert.Equal($"reconciliation-overdue:{late.Account}:{ReconciliationWorld.Iso(40 - 35)}", breach.SourceKey);
        Assert.Contains(await late.Firm.AuditAsync(), e => e.Str("action") == "breachRecorded");
    }

    [Fact]
    public async Task Asking_the_monitor_twice_at_once_still_records_one_breach()
    {
        var late = await ReconciliationWorld.CreateAsync(app, openedDaysAgo: 50);

        var recorded = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(late.Firm.Id);
            return await scope.ServiceProvider.GetRequiredService<ReconciliationCadenceMonitor>()
                .RecordOverdueAsync(ReconciliationWorld.Today, CancellationToken.None);
        }));
        await late.Firm.Admin.GetAsync(Status).ExpectAsync(200);

        Assert.Equal(1, recorded.Sum());
        Assert.Equal(1, await late.Firm.WithDbAsync(db => db.Set<AccountsBreach>().CountAsync()));
    }

    [Fact]
    public async Task A_signed_off_reconciliation_restarts_the_count_from_its_statement_date()
    {
        var world = await ReconciliationWorld.CreateAsync(app, openedDaysAgo: 60);
        var matter = await world.MatterAsync();
        await world.ReceiveAsync(matter, 500_00, daysAgo: 20);
        var reconciliation = await world.StartAsync(500_00, daysAgo: 10);
        await ReconciliationWorld.ImportAsync(world.Firm.Admin, reconciliation.Id(), "statement.csv",
            ReconciliationWorld.Csv((20, "Transfer from J Smith", 500_00, null)), ReconciliationWorld.SignedAmountMapping).ExpectAsync(200);
        await world.Firm.Admin.PostAsync($"{ReconciliationWorld.Api}/{reconciliation.Id()}/sign-off", null).ExpectAsync(200);

        var rows = (await world.Firm.Admin.GetAsync(Status).ExpectJsonAsync(200)).Items();

        var row = Assert.Single(rows);
        Assert.Equal(ReconciliationWorld.Iso(10), row.Str("lastReconciledTo"));
        Assert.Equal(10, row.GetProperty("daysSince").GetInt32());
        Assert.Equal("inTime", row.Str("cadence"));
        Assert.Equal(0, await world.Firm.WithDbAsync(db => db.Set<AccountsBreach>().CountAsync()));
    }
}
