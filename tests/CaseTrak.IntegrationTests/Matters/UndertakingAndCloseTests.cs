namespace CaseTrak.IntegrationTests.Matters;

public sealed class UndertakingAndCloseTests(TestApp app)
{
    private static string Today(int days = 0) => DateTime.UtcNow.Date.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_open_undertaking_blocks_closing_with_its_code_until_it_is_discharged_with_evidence()
    {
        var firm = await TestFirm.CreateAsync(app);
        var matter = await firm.OpenMatterAsync();
        var url = $"/api/v1/matters/{matter.Id()}";
        var given = await firm.Admin.PostAsJsonAsync("/api/v1/undertakings", new
        {
            matterId = matter.Id(), givenByUserId = firm.Owner.Id, givenTo = "Bloggs & Co", wording = "To discharge the charge on completion.", dueOn = Today(30),
        }).ExpectJsonAsync(201);

        var blocked = await firm.Admin.PostAsync($"{url}/close", null).ExpectJsonAsync(422);
        Assert.Equal("matter.open_undertakings", blocked.Code());
        Assert.Equal(["matter.open_undertakings"], blocked.GetProperty("codes").Strings());
        Assert.Single(blocked.GetProperty("messages").EnumerateArray());
        Assert.Equal("open", (await firm.Admin.GetAsync(url).ExpectJsonAsync(200)).Str("status"));

        var discharge = $"/api/v1/undertakings/{given.Id()}/discharge";
        var noEvidence = await firm.Admin.PostAsJsonAsync(discharge, new { dischargedOn = Today() }).ExpectJsonAsync(400);
        Assert.True(noEvidence.GetProperty("errors").TryGetProperty("evidence", out _));
        var done = await firm.Admin.PostAsJsonAsync(discharge, new { dischargedOn = Today(), evidence = "Form DS1 sent 1 Dec." }).ExpectJsonAsync(200);
        Assert.Equal("discharged", done.Str("status"));
        Assert.Equal("undertaking.not_open", (await firm.Admin.PostAsJsonAsync(discharge, new { dischargedOn = Today(), evidence = "Again" }).ExpectJsonAsync(409)).Code());

        var closed = await firm.Admin.PostAsync($"{url}/close", null).ExpectJsonAsync(200);
        Assert.Equal("closed", closed.Str("status"));
        var audit = await firm.AuditAsync();
        Assert.Contains(audit, e => e.Str("targetId") == given.Id().ToString() && e.Str("action").Equals("undertakingGiven", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(audit, e => e.Str("targetId") == given.Id().ToString() && e.Str("action").Equals("undertakingDischarged", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(audit, e => e.Str("targetId") == matter.Id().ToString() && e.Str("action").Equals("matterClosed", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_register_filters_open_overdue_and_by_matter()
    {
        var firm = await TestFirm.CreateAsync(app);
        var a = await firm.OpenMatterAsync();
        var b = await firm.OpenMatterAsync();
        var overdue = await Give(a.Id(), Today(-2));
        var dueLater = await Give(a.Id(), Today(10));
        var onB = await Give(b.Id(), Today(-1));
        await firm.Admin.PostAsJsonAsync($"/api/v1/undertakings/{onB}/discharge", new { dischargedOn = Today(), evidence = "Done" }).ExpectAsync(200);

        var open = (await firm.Admin.GetAsync("/api/v1/undertakings?status=open").ExpectJsonAsync(200)).Items();
        var late = (await firm.Admin.GetAsync("/api/v1/undertakings?status=open&overdue=true").ExpectJsonAsync(200)).Items();
        var forB = (await firm.Admin.GetAsync($"/api/v1/undertakings?matterId={b.Id()}").ExpectJsonAsync(200)).Items();

        Assert.Equal([overdue, dueLater], open.Select(u => u.Id()));
        Assert.Equal(overdue, Assert.Single(late).Id());
        Assert.True(late[0].GetProperty("overdue").GetBoolean());
        Assert.Equal(a.Str("reference"), late[0].Str("matterReference"));
        Assert.Equal("discharged", Assert.Single(forB).Str("status"));

        async Task<Guid> Give(Guid matterId, string dueOn) =>
            (await firm.Admin.PostAsJsonAsync("/api/v1/undertakings", new { matterId, givenByUserId = firm.Owner.Id, givenTo = "Other side", wording = "To pay.", dueOn })
                .ExpectJsonAsync(201)).Id();
    }

    [Fact]
    public async Task An_undertaking_needs_its_words_a_due_date_and_a_visible_matter()
    {
        var firm = await TestFirm.CreateAsync(app);
        var other = await TestFirm.CreateAsync(app);
        var matter = await firm.OpenMatterAsync();
        var foreign = await other.OpenMatterAsync();

        var missing = await firm.Admin.PostAsJsonAsync("/api/v1/undertakings", new { matterId = matter.Id(), givenByUserId = firm.Owner.Id, givenTo = "X", wording = "Y" })
            .ExpectJsonAsync(400);
        await firm.Admin.PostAsJsonAsync("/api/v1/undertakings", new { matterId = foreign.Id(), givenByUserId = firm.Owner.Id, givenTo = "X", wording = "Y", dueOn = Today(1) })
            .ExpectAsync(404);

        Assert.True(missing.GetProperty("errors").TryGetProperty("dueOn", out _));
    }
}
