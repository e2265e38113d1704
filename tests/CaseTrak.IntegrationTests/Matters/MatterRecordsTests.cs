namespace CaseTrak.IntegrationTests.Matters;

public sealed class MatterRecordsTests(TestApp app)
{
    [Fact]
    public async Task Parties_are_added_with_roles_and_removed_except_the_client()
    {
        var firm = await TestFirm.CreateAsync(app);
        var matter = await firm.OpenMatterAsync();
        var url = $"/api/v1/matters/{matter.Id()}/parties";
        var otherSide = await firm.CreateClientAsync("Bloggs", "Joe");

        var party = await firm.Admin.PostAsJsonAsync(url, new { contactId = otherSide, role = "otherSide", reference = "JB/1" }).ExpectJsonAsync(201);
        var duplicate = await firm.Admin.PostAsJsonAsync(url, new { contactId = otherSide, role = "otherSide" }).ExpectJsonAsync(409);
        var badRole = await firm.Admin.PostAsJsonAsync(url, new { contactId = otherSide, role = "villain" }).ExpectJsonAsync(400);
        var parties = await firm.Admin.GetAsync(url).ExpectJsonAsync(200);
        var client = parties.EnumerateArray().Single(p => p.GetProperty("isClient").GetBoolean());
        var refused = await firm.Admin.DeleteAsync($"{url}/{client.Id()}").ExpectJsonAsync(422);
        await firm.Admin.DeleteAsync($"{url}/{party.Id()}").ExpectAsync(204);

        Assert.Equal("Joe Bloggs", party.Str("contactName"));
        Assert.Equal("matter.party_exists", duplicate.Code());
        Assert.True(badRole.GetProperty("errors").TryGetProperty("role", out _));
        Assert.Equal(2, parties.GetArrayLength());
        Assert.Equal("matter.client_party", refused.Code());
        Assert.Single((await firm.Admin.GetAsync(url).ExpectJsonAsync(200)).EnumerateArray());
    }

    [Fact]
    public async Task The_team_is_replaced_as_a_whole_with_If_Match_and_the_change_is_audited()
    {
        var firm = await TestFirm.CreateAsync(app);
        var a = await firm.AddUserAsync("feeEarner");
        var b = await firm.AddUserAsync("staff");
        var matter = await firm.OpenMatterAsync();
        var url = $"/api/v1/matters/{matter.Id()}/team";

        var read = (await firm.Admin.GetAsync($"/api/v1/matters/{matter.Id()}")).ETag();
        await firm.Admin.SendJsonAsync(HttpMethod.Put, url, new { userIds = new[] { a.Id } }).ExpectAsync(428);
        await firm.Admin.SendJsonAsync(HttpMethod.Put, url, new { userIds = new[] { a.Id, b.Id } }, read).ExpectAsync(200);
        // A second writer who read before the first change is refused, not allowed to overwrite it.
        await firm.Admin.SendJsonAsync(HttpMethod.Put, url, new { userIds = new[] { a.Id } }, read).ExpectAsync(412);
        var fresh = (await firm.Admin.GetAsync($"/api/v1/matters/{matter.Id()}")).ETag();
        var team = await firm.Admin.SendJsonAsync(HttpMethod.Put, url, new { userIds = new[] { b.Id } }, fresh).ExpectJsonAsync(200);
        await firm.Admin.SendJsonAsync(HttpMethod.Put, url, new { userIds = new[] { Guid.NewGuid() } }, "*").ExpectAsync(400);

        Assert.Equal(b.Id, Assert.Single(team.EnumerateArray()).Id());
        Assert.Equal([b.Id], (await firm.Admin.GetAsync($"/api/v1/matters/{matter.Id()}").ExpectJsonAsync(200)).GetProperty("team").EnumerateArray().Select(u => u.Id()));
        Assert.Equal(2, (await firm.AuditAsync("&action=MatterTeamChanged")).Count);
    }

    [Fact]
    public async Task Notes_list_newest_first_with_their_author()
    {
        var firm = await TestFirm.CreateAsync(app);
        var matter = await firm.OpenMatterAsync();
        var url = $"/api/v1/matters/{matter.Id()}/notes";

        await firm.Admin.PostAsJsonAsync(url, new { body = "First call with client" }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync(url, new { body = "Searches ordered" }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync(url, new { body = "  " }).ExpectAsync(400);
        var notes = (await firm.Admin.GetAsync(url).ExpectJsonAsync(200)).Items();

        Assert.Equal(["Searches ordered", "First call with client"], notes.Select(n => n.Str("body")));
        Assert.All(notes, n => Assert.Equal(firm.Owner.DisplayName, n.Str("authorName")));
    }

    [Fact]
    public async Task Key_dates_are_listed_by_date_and_a_limitation_date_keeps_its_working()
    {
        var firm = await TestFirm.CreateAsync(app);
        var matter = await firm.OpenMatterAsync();
        var url = $"/api/v1/matters/{matter.Id()}/key-dates";

        await firm.Admin.PostAsJsonAsync(url, new { kind = "hearing", date = "2027-03-01", description = "Trial" }).ExpectAsync(201);
        var limitation = await firm.Admin.PostAsJsonAsync($"{url}/limitation", new
        {
            basis = "personalInjury", accrualDate = "2020-02-29", claimantDateOfBirth = "2010-06-15",
        }).ExpectJsonAsync(201);
        var bad = await firm.Admin.PostAsJsonAsync($"{url}/limitation", new { basis = "contract", accrualDate = "2020-01-01", acasCertificateDays = 5 }).ExpectJsonAsync(400);
        var list = await firm.Admin.GetAsync(url).ExpectJsonAsync(200);

        Assert.Equal("limitation", limitation.Str("kind"));
        Assert.Equal("2031-06-15", limitation.Str("date"));
        Assert.Contains(limitation.GetProperty("working").Strings(), w => w.Contains("18th birthday", StringComparison.Ordinal));
        Assert.True(bad.GetProperty("errors").TryGetProperty("acasCertificateDays", out _));
        Assert.Equal(["2027-03-01", "2031-06-15"], list.EnumerateArray().Select(k => k.Str("date")));
        Assert.Single(await firm.AuditAsync("&action=LimitationDateRecorded"));
    }

    [Fact]
    public async Task The_firm_diary_shows_upcoming_key_dates_in_a_range()
    {
        var firm = await TestFirm.CreateAsync(app);
        var matter = await firm.OpenMatterAsync();
        var url = $"/api/v1/matters/{matter.Id()}/key-dates";
        await firm.Admin.PostAsJsonAsync(url, new { kind = "deadline", date = "2027-01-10", description = "Serve defence" }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync(url, new { kind = "review", date = "2027-06-10", description = "File review" }).ExpectAsync(201);

        var diary = (await firm.Admin.GetAsync("/api/v1/key-dates?from=2027-01-01&to=2027-02-01").ExpectJsonAsync(200)).Items();
        await firm.Admin.GetAsync("/api/v1/key-dates?from=2027-01-01&to=2029-01-01").ExpectAsync(400);

        var only = Assert.Single(diary);
        Assert.Equal("Serve defence", only.Str("description"));
        Assert.Equal(matter.Str("reference"), only.Str("matterReference"));
    }
}
