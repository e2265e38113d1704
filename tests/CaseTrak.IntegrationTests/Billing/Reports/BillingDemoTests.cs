using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Billing.Reports;

/// <summary>The `--demo` firm's billing: a year of time and bills in every state, each keeping the invariants the handlers keep.</summary>
public sealed class BillingDemoTests(TestApp app)
{
    [Fact]
    public async Task The_demo_firm_has_a_year_of_time_and_bills_in_every_state_with_consistent_totals_and_gap_free_numbers()
    {
        // Its own firm with the demo's five people, seeded by every demo contributor: parallel-safe beside the `--demo` firm's own test.
        var firm = await TestFirm.CreateAsync(app);
        var ids = new Dictionary<string, Guid> { ["admin"] = firm.Owner.Id };
        foreach (var (local, role) in new[] { ("partner", "partner"), ("solicitor", "feeEarner"), ("paralegal", "staff"), ("cashier", "cashier") })
            ids[local] = (await firm.AddUserAsync(role)).Id;
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<TenantContext>().Set(firm.Id);
        var db = sp.GetRequiredService<AppDbContext>();
        var wanted = ids.Values.ToList();
        var people = await db.Users.Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id);
        var demo = new DemoFirm(firm.Id, ids.ToDictionary(kv => kv.Key, kv => people[kv.Value]));
        foreach (var contributor in sp.GetServices<IDemoContributor>().OrderBy(c => c.Order))
            await contributor.SeedAsync(demo, CancellationToken.None);
        var firmId = firm.Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var time = await db.Set<TimeEntry>().AsNoTracking().ToListAsync();
        Assert.InRange(time.Count, 2_000, 6_000);
        Assert.True(time.Min(t => t.Date) <= today.AddDays(-360));
        Assert.All(time, t => Assert.True(t.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
        Assert.All(time, t => Assert.Equal(BillingRules.Units(t.Minutes, t.UnitMinutes), t.Units));
        Assert.All(time.Where(t => t.Billability == Billability.Billable), t => Assert.Equal(BillingRules.Value(t.Units, t.UnitMinutes, t.RateMinor), t.ValueMinor));
        Assert.Equal(4, await db.Set<Rate>().Where(r => r.Grade != null).Select(r => r.Grade).Distinct().CountAsync());
        Assert.Equal([RateScope.FirmDefault, RateScope.Grade, RateScope.Client, RateScope.Matter, RateScope.MatterActivity],
            (await db.Set<Rate>().Select(r => r.Scope).Distinct().ToListAsync()).Order());

        var bills = await db.Set<Invoice>().AsNoTracking().ToListAsync();
        var lines = (await db.Set<InvoiceLine>().AsNoTracking().ToListAsync()).ToLookup(l => l.InvoiceId);
        var allocations = (await db.Set<PaymentAllocation>().AsNoTracking().ToListAsync()).ToLookup(a => a.InvoiceId);
        var credits = await db.Set<CreditNote>().AsNoTracking().ToListAsync();
        foreach (var bill in bills)
        {
            Assert.All(lines[bill.Id], l => Assert.Equal(BillingRules.Vat(l.NetMinor, l.VatRateBp), l.VatMinor));
            Assert.Equal((lines[bill.Id].Sum(l => l.NetMinor), lines[bill.Id].Sum(l => l.VatMinor)), (bill.NetMinor, bill.VatMinor));
            Assert.Equal(bill.NetMinor + bill.VatMinor, bill.TotalMinor);
            Assert.Equal(allocations[bill.Id].Sum(a => a.AmountMinor), bill.PaidMinor);
            Assert.Equal(credits.Where(c => c.InvoiceId == bill.Id).Sum(c => c.TotalMinor), bill.CreditedMinor);
            Assert.InRange(bill.PaidMinor + bill.CreditedMinor, 0, bill.TotalMinor);
            var expected = bill.Status switch { InvoiceStatus.Draft => WipStatus.Draft, InvoiceStatus.Final => WipStatus.Billed, _ => WipStatus.Unbilled };
            Assert.All(time.Where(t => t.InvoiceId == bill.Id), t => Assert.Equal(expected, t.Status));
        }
        Assert.All(time.Where(t => t.InvoiceId is null), t => Assert.Equal(WipStatus.Unbilled, t.Status));

        var final = bills.Where(b => b.Status == InvoiceStatus.Final).ToList();
        Assert.Contains(bills, b => b.Status == InvoiceStatus.Draft);
        Assert.Contains(bills, b => b.Status == InvoiceStatus.Void && !string.IsNullOrEmpty(b.VoidReason) && b.Number is not null);
        Assert.Contains(final, b => b.OutstandingMinor == b.TotalMinor && b.IssuedOn < today.AddDays(-90));
        Assert.Contains(final, b => b.PaidMinor > 0 && b.OutstandingMinor > 0);
        Assert.Contains(final, b => b.PaidMinor == b.TotalMinor);
        Assert.Contains(final, b => b.Kind == InvoiceKind.RequestForPayment && b.Number is null);
        Assert.Contains(final, b => b.CreditedMinor == b.TotalMinor);
        Assert.Contains(final, b => b.CreditedMinor > 0 && b.CreditedMinor < b.TotalMinor);
        Assert.Contains(lines.SelectMany(g => g), l => l.Kind == InvoiceLineKind.FixedFee);
        Assert.Contains(lines.SelectMany(g => g), l => l.Kind == InvoiceLineKind.AgentDisbursement);
        Assert.Contains(await db.Set<OfficePayment>().AsNoTracking().ToListAsync(), p => p.AmountMinor > p.AllocatedMinor);

        // Gap-free sequences that later bills continue.
        var numbers = bills.Where(b => b.NumberSequence is not null).Select(b => b.NumberSequence!.Value).Order().ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count).Select(n => (long)n), numbers);
        Assert.Equal(numbers.Count, await Counter(db, firmId, "invoice"));
        Assert.Equal(credits.Select(c => c.NumberSequence).Order(), Enumerable.Range(1, credits.Count).Select(n => (long)n));
        Assert.Equal(credits.Count, await Counter(db, firmId, "credit-note"));

        var partner = ids["partner"];
        var parameters = ReportParameters.Parse(new ReportQuery(), today, new ReportAudience(partner, SeesFirm: true));
        var reports = sp.GetServices<IBillingReport>().ToDictionary(r => r.Name);
        Assert.True((long)(await reports["aged-debt"].RunAsync(parameters, default)).Totals![^2]! > 0);
        Assert.NotEmpty((await reports["wip"].RunAsync(parameters, default)).Rows);
        Assert.Equal(3, (await reports["utilisation"].RunAsync(parameters, default)).Rows.Count);
    }

    private static Task<long> Counter(AppDbContext db, Guid firmId, string name) =>
        db.FirmCounters.Where(c => c.FirmId == firmId && c.Name == name).Select(c => c.Value).SingleAsync();
}
