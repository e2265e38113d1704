using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Platform;

/// <summary>Gap-free per-firm numbers (bill numbers must be consecutive) under concurrency.</summary>
public sealed class FirmCounterTests(TestApp app)
{
    [Fact]
    public async Task Twenty_parallel_transactions_get_exactly_one_to_twenty()
    {
        var firm = await TestFirm.CreateAsync(app);

        var values = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => TakeAsync(firm.Id, "invoice", commit: true))));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), values.Order());
    }

    [Fact]
    public async Task A_rolled_back_number_is_handed_out_again_so_there_is_no_gap()
    {
        var firm = await TestFirm.CreateAsync(app);
        var other = await TestFirm.CreateAsync(app);

        Assert.Equal(1, await TakeAsync(firm.Id, "matter", commit: true));
        Assert.Equal(2, await TakeAsync(firm.Id, "matter", commit: false));
        Assert.Equal(2, await TakeAsync(firm.Id, "matter", commit: true));
        Assert.Equal(1, await TakeAsync(firm.Id, "bill", commit: true));
        Assert.Equal(1, await TakeAsync(other.Id, "matter", commit: true));
    }

    [Fact]
    public async Task A_counter_outside_a_transaction_is_refused()
    {
        var firm = await TestFirm.CreateAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(firm.Id);

        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<FirmCounters>().NextAsync("x", default));
    }

    private async Task<long> TakeAsync(Guid firmId, string name, bool commit)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(firmId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var value = await scope.ServiceProvider.GetRequiredService<FirmCounters>().NextAsync(name, default);
        await Task.Delay(5); // hold the row a moment so concurrent callers really overlap
        if (commit)
            await transaction.CommitAsync();
        else
            await transaction.RollbackAsync();
        return value;
    }
}
