using CaseTrak.Web.Features.Conflicts;

namespace CaseTrak.IntegrationTests.Conflicts;

public sealed class ConflictHistoryTests(TestApp app)
{
    [Fact]
    public async Task The_history_is_newest_first_filters_by_decision_and_pages()
    {
        var firm = await TestFirm.CreateAsync(app);
        var ids = new List<Guid>();
        foreach (var term in new[] { "Rose Tyler", "Mickey Smith", "Jackie Tyler" })
            ids.Add((await firm.Admin.RunCheckAsync(term)).GetProperty("id").GetGuid());
        await firm.Admin.PostAsJsonAsync($"/api/v1/conflict-checks/{ids[1]}/decision", new { decision = "clear" }).ExpectAsync(200);

        var first = await firm.Admin.GetAsync("/api/v1/conflict-checks?limit=2").ExpectJsonAsync(200);
        var cursor = first.Str("nextCursor");
        var second = await firm.Admin.GetAsync($"/api/v1/conflict-checks?limit=2&cursor={Uri.EscapeDataString(cursor!)}").ExpectJsonAsync(200);
        var clear = await firm.Admin.GetAsync("/api/v1/conflict-checks?decision=clear").ExpectJsonAsync(200);

        Assert.Equal([ids[2], ids[1], ids[0]], first.Items().Concat(second.Items()).Select(i => i.GetProperty("id").GetGuid()));
        Assert.Null(second.Str("nextCursor"));
        Assert.Equal([ids[1]], clear.Items().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(["Mickey Smith"], clear.Items()[0].GetProperty("terms").Strings());
        await firm.Admin.GetAsync("/api/v1/conflict-checks?decision=sometimes").ExpectAsync(400);
        await firm.Admin.GetAsync("/api/v1/conflict-checks?cursor=garbage").ExpectAsync(400);
    }

    [Fact]
    public async Task The_matters_module_reads_a_checks_decision_through_its_contract()
    {
        var firm = await TestFirm.CreateAsync(app);
        var id = (await firm.Admin.RunCheckAsync("Wilfred Mott")).GetProperty("id").GetGuid();
        await firm.Admin.PostAsJsonAsync($"/api/v1/conflict-checks/{id}/decision", new { decision = "clear" }).ExpectAsync(200);

        var summary = await FindAsync(firm, id);
        var foreign = await FindAsync(await TestFirm.CreateAsync(app), id);

        Assert.Equal(ConflictDecision.Clear, summary?.Decision);
        Assert.Null(foreign);
    }

    private async Task<ConflictCheckSummary?> FindAsync(TestFirm firm, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CaseTrak.Web.Platform.Tenancy.TenantContext>().Set(firm.Id);
        return await scope.ServiceProvider.GetRequiredService<IConflictChecks>().FindAsync(id, CancellationToken.None);
    }
}
