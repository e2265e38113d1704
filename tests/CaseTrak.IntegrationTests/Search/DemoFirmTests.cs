using System.Diagnostics;
using System.Text.RegularExpressions;
using CaseTrak.Web.Features.ClientMoney;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Features.Matters.Demo;
using CaseTrak.Web.Features.Search;
using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Search;

/// <summary>The `--demo` firm's clients and matters: enough of everything for the pages and the rules to show.</summary>
public sealed partial class DemoFirmTests(TestApp app)
{
    [Fact]
    public async Task The_demo_firm_has_clients_and_matters_with_one_barred_from_the_paralegal()
    {
        var started = Stopwatch.GetTimestamp();
        await using (var seeding = app.Services.CreateAsyncScope())
            await seeding.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        TestContext.Current.SendDiagnosticMessage($"Demo seed took {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");

        var firmId = await FirmIdAsync();
        var (solicitor, paralegal) = (await UserAsync(firmId, "solicitor"), await UserAsync(firmId, "paralegal"));

        await AsUserAsync(firmId, solicitor, async (db, sp) =>
        {
            var matters = await db.Set<Matter>().ToListAsync();
            Assert.Equal(DemoMatterBuilder.Matters, matters.Count);
            Assert.Equal(matters.Count, matters.Select(m => m.Reference).Distinct().Count());
            Assert.All(matters, m => Assert.Matches(ClientCodeReference(), m.Reference));
            Assert.Equal(DemoMatterBuilder.Matters, await db.FirmCounters.Where(c => c.FirmId == firmId && c.Name == "matter").Select(c => c.Value).SingleAsync());
            Assert.InRange(matters.Count(m => m.Status == MatterStatus.Closed), 5, 15);
            Assert.Equal(5, await db.Set<PracticeArea>().CountAsync());
            Assert.Equal(5, matters.Where(m => m.PracticeAreaId is not null).Select(m => m.PracticeAreaId).Distinct().Count());
            Assert.Single(await db.MatterBarriers.ToListAsync());

            Assert.InRange(await db.Set<Contact>().CountAsync(), 190, 230);
            Assert.True(await db.Set<ContactName>().CountAsync() >= 190);
            Assert.True(await db.Set<NameTrigram>().AnyAsync());
            var cdd = await db.Set<Contact>().Where(c => c.ClientCode != null).Select(c => c.CddStatus).ToListAsync();
            Assert.Contains(CddStatus.Complete, cdd);
            Assert.Contains(CddStatus.NotStarted, cdd);

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var undertakings = await db.Set<Undertaking>().ToListAsync();
            Assert.Contains(undertakings, u => u.Status == UndertakingStatus.Open && u.DueOn < today);
            Assert.Contains(undertakings, u => u.Status == UndertakingStatus.Discharged && u.DischargeEvidence is not null);
            var closed = matters.Where(m => m.Status == MatterStatus.Closed).Select(m => m.Id).ToHashSet();
            Assert.DoesNotContain(undertakings, u => u.Status == UndertakingStatus.Open && closed.Contains(u.MatterId));
            Assert.Contains(await db.Set<KeyDate>().ToListAsync(), k => k.Kind == KeyDateKind.Limitation && !string.IsNullOrEmpty(k.Working));
            Assert.True(await db.Set<MatterParty>().CountAsync(p => p.Role != PartyRole.Client) >= DemoMatterBuilder.Matters);

            var found = await sp.GetRequiredService<GlobalSearchHandler>().HandleAsync("Project Kestrel", CancellationToken.None);
            Assert.Single(found.Items, i => i.Type == "matter");
        });

        await AsUserAsync(firmId, paralegal, async (db, sp) =>
        {
            Assert.Equal(DemoMatterBuilder.Matters - 1, await db.Set<Matter>().CountAsync());
            Assert.DoesNotContain(await db.Set<Matter>().Select(m => m.Title).ToListAsync(), t => t == DemoMatterBuilder.BarredTitle);
            var found = await sp.GetRequiredService<GlobalSearchHandler>().HandleAsync("Project Kestrel", CancellationToken.None);
            Assert.DoesNotContain(found.Items, i => i.Type == "matter");

            // The open reconciliation carries forward from the signed-off one, and that agrees with summing everything.
            var open = await db.Set<Reconciliation>().SingleAsync(r => r.Status == ReconciliationStatus.Open);
            var book = sp.GetRequiredService<ReconciliationBook>();
            var settlement = await book.LastSettlementAsync(open.BankAccountId, open.StatementDate, CancellationToken.None);
            Assert.NotNull(settlement);
            Assert.Equal(await book.TotalsAsync(open.BankAccountId, open.StatementDate, null, CancellationToken.None),
                await book.TotalsAsync(open.BankAccountId, open.StatementDate, settlement, CancellationToken.None));
            Assert.Equal(settlement.SettledBefore, await book.FloorAsync(open.BankAccountId, settlement, CancellationToken.None));
        });
    }

    private async Task<Guid> FirmIdAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Firms.IgnoreQueryFilters().Where(f => f.Name == DemoSeeder.FirmName).Select(f => f.Id).SingleAsync();
    }

    private async Task<Guid> UserAsync(Guid firmId, string local)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(firmId);
        var email = $"{local}@{DemoSeeder.Domain}".ToUpperInvariant();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.NormalizedEmail == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Reads as that user would: the barrier filter applies (neither is the COLP).</summary>
    private async Task AsUserAsync(Guid firmId, Guid userId, Func<AppDbContext, IServiceProvider, Task> check)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetUser(firmId, userId, seesBehindBarriers: false);
        await check(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider);
    }

    [GeneratedRegex("^[A-Z]{4}[0-9]{2}-[0-9]{4}$")]
    private static partial Regex ClientCodeReference();
}
