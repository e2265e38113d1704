namespace CaseTrak.IntegrationTests.Matters;

public sealed class BarrierTests(TestApp app)
{
    private sealed record Setup(TestFirm Firm, JsonElement Matter, TestSession Partner, TestSession Member, TestSession Barred, TestSession Colp, TestUser MemberUser);

    private async Task<Setup> RestrictedMatterAsync()
    {
        var firm = await TestFirm.CreateAsync(app);
        var partnerUser = await firm.AddUserAsync("partner");
        var memberUser = await firm.AddUserAsync("feeEarner");
        var barredUser = await firm.AddUserAsync("feeEarner");
        var colpUser = await firm.AddUserAsync(["feeEarner"], null, ["colp"]);
        var partner = await firm.SignInAsync(partnerUser);
        var matter = await firm.OpenMatterAsync(as_: partner.Client, title: "Hostile takeover of Acme");
        var url = $"/api/v1/matters/{matter.Id()}";
        await partner.Client.PostAsJsonAsync("/api/v1/undertakings", new
        {
            matterId = matter.Id(), givenByUserId = partnerUser.Id, givenTo = "Target plc", wording = "Keep it secret.", dueOn = "2020-01-01",
        }).ExpectAsync(201);
        await partner.Client.PostAsJsonAsync($"{url}/key-dates", new { kind = "deadline", date = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd"), description = "Offer" })
            .ExpectAsync(201);

        var access = await partner.Client.SendJsonAsync(HttpMethod.Put, $"{url}/access", new { restricted = true, userIds = new[] { memberUser.Id } }, "*").ExpectJsonAsync(200);
        Assert.True(access.GetProperty("restricted").GetBoolean());
        Assert.Equal(new[] { partnerUser.Id, memberUser.Id }.Order(), access.GetProperty("users").EnumerateArray().Select(u => u.Id()).Order());
        return new(firm, matter, partner, await firm.SignInAsync(memberUser), await firm.SignInAsync(barredUser), await firm.SignInAsync(colpUser), memberUser);
    }

    [Fact]
    public async Task A_barred_user_finds_the_matter_in_no_list_or_lookup_while_members_and_the_colp_do()
    {
        var s = await RestrictedMatterAsync();
        var id = s.Matter.Id();
        string[] lists = ["/api/v1/matters", "/api/v1/undertakings", "/api/v1/key-dates", "/api/v1/matters?q=Hostile"];

        foreach (var list in lists)
        {
            var barred = await s.Barred.Client.GetAsync(list).ExpectAsync(200);
            Assert.DoesNotContain(id.ToString(), await barred.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            Assert.Contains(id.ToString(), await (await s.Colp.Client.GetAsync(list).ExpectAsync(200)).Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            Assert.Contains(id.ToString(), await (await s.Member.Client.GetAsync(list).ExpectAsync(200)).Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
        var notFound = await s.Barred.Client.GetAsync($"/api/v1/matters/{id}").ExpectAsync(404);
        Assert.DoesNotContain("Hostile", await notFound.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await s.Barred.Client.GetAsync($"/api/v1/matters/{id}/parties").ExpectAsync(404);
        await s.Barred.Client.PostAsJsonAsync($"/api/v1/matters/{id}/notes", new { body = "Sneaky" }).ExpectAsync(404);
        await s.Colp.Client.GetAsync($"/api/v1/matters/{id}").ExpectAsync(200);
        var asMember = await s.Member.Client.GetAsync($"/api/v1/matters/{id}").ExpectJsonAsync(200);
        Assert.True(asMember.GetProperty("restricted").GetBoolean());

        var denied = await s.Firm.AuditAsync("&action=AccessDenied");
        Assert.Contains(denied, e => e.Str("targetId") == id.ToString() && e.Str("outcome") == "denied");
        var changed = Assert.Single(await s.Firm.AuditAsync("&action=MatterAccessChanged"));
        Assert.Equal(id.ToString(), changed.Str("targetId"));
    }

    [Fact]
    public async Task Only_the_colp_or_a_partner_on_the_matter_sets_a_barrier_and_nobody_locks_themselves_out()
    {
        var s = await RestrictedMatterAsync();
        var firm = s.Firm;
        var url = $"/api/v1/matters/{s.Matter.Id()}/access";
        var otherPartner = await firm.SignInAsync(await firm.AddUserAsync("partner"));

        await s.Member.Client.SendJsonAsync(HttpMethod.Put, url, new { restricted = false }, "*").ExpectAsync(403);
        await otherPartner.Client.SendJsonAsync(HttpMethod.Put, url, new { restricted = false }, "*").ExpectAsync(404);
        await s.Barred.Client.SendJsonAsync(HttpMethod.Put, url, new { restricted = false }, "*").ExpectAsync(404);
        var byColp = await s.Colp.Client.SendJsonAsync(HttpMethod.Put, url, new { restricted = true, userIds = Array.Empty<Guid>() }, "*").ExpectJsonAsync(200);
        Assert.Single(byColp.GetProperty("users").EnumerateArray());
        await s.Partner.Client.GetAsync($"/api/v1/matters/{s.Matter.Id()}").ExpectAsync(404);

        var lifted = await s.Colp.Client.SendJsonAsync(HttpMethod.Put, url, new { restricted = false }, "*").ExpectJsonAsync(200);
        Assert.False(lifted.GetProperty("restricted").GetBoolean());
        await s.Barred.Client.GetAsync($"/api/v1/matters/{s.Matter.Id()}").ExpectAsync(200);
        await otherPartner.Client.SendJsonAsync(HttpMethod.Put, url, new { restricted = true }, "*").ExpectAsync(403);
        Assert.Equal(3, (await firm.AuditAsync("&action=MatterAccessChanged")).Count);
    }
}
