namespace CaseTrak.IntegrationTests.Matters;

public sealed class UpdateMatterTests(TestApp app)
{
    [Fact]
    public async Task A_patch_needs_the_current_etag_and_bumps_the_version_and_last_activity()
    {
        var firm = await TestFirm.CreateAsync(app);
        var matter = await firm.OpenMatterAsync();
        var url = $"/api/v1/matters/{matter.Id()}";
        var get = await firm.Admin.GetAsync(url).ExpectAsync(200);
        var etag = get.ETag();

        await firm.Admin.PatchJsonAsync(url, new { title = "No header" }, null).ExpectAsync(428);
        await firm.Admin.PatchJsonAsync(url, new { title = "Stale" }, "\"999\"").ExpectAsync(412);
        var patched = await firm.Admin.PatchJsonAsync(url, new { title = "Sale of 2 Low Road", description = "Freehold" }, etag);
        var body = await patched.ExpectJsonAsync(200);
        await firm.Admin.PatchJsonAsync(url, new { title = "Stale again" }, etag).ExpectAsync(412);

        Assert.Equal("Sale of 2 Low Road", body.Str("title"));
        Assert.Equal("Freehold", body.Str("description"));
        Assert.NotEqual(etag, patched.ETag());
        Assert.True(body.GetProperty("lastActivityAt").GetDateTime() > matter.GetProperty("lastActivityAt").GetDateTime());
        var updated = await firm.AuditAsync("&action=MatterUpdated");
        Assert.Contains(updated, e => e.Str("targetId") == matter.Id().ToString());
    }

    [Theory]
    [InlineData(new[] { "onHold", "open", "onHold" }, null)]
    [InlineData(new[] { "archived" }, "matter.status_transition_not_allowed")]
    [InlineData(new[] { "enquiry" }, "matter.status_transition_not_allowed")]
    [InlineData(new[] { "closed" }, "matter.close_via_endpoint")]
    public async Task Status_changes_follow_the_allowed_transitions(string[] steps, string? lastCode)
    {
        var firm = await TestFirm.CreateAsync(app);
        var matter = await firm.OpenMatterAsync();
        var url = $"/api/v1/matters/{matter.Id()}";
        for (var i = 0; i < steps.Length; i++)
        {
            var etag = (await firm.Admin.GetAsync(url)).ETag();
            var res = await firm.Admin.PatchJsonAsync(url, new { status = steps[i] }, etag);
            if (i == steps.Length - 1 && lastCode is not null)
                Assert.Equal(lastCode, (await res.ExpectJsonAsync(422)).Code());
            else
                Assert.Equal(steps[i], (await res.ExpectJsonAsync(200)).Str("status"));
        }
    }

    [Fact]
    public async Task An_enquiry_opens_a_closed_matter_reopens_and_an_archived_one_stays_archived()
    {
        var firm = await TestFirm.CreateAsync(app);
        var matter = await firm.OpenMatterAsync(extra: new { status = "enquiry" });
        var url = $"/api/v1/matters/{matter.Id()}";
        Assert.Equal("enquiry", matter.Str("status"));

        await Patch(new { status = "open" }, 200);
        var closed = await firm.Admin.PostAsync($"{url}/close", null).ExpectJsonAsync(200);
        Assert.Equal("closed", closed.Str("status"));
        Assert.NotEqual(JsonValueKind.Null, closed.GetProperty("closedAt").ValueKind);
        var reopened = await Patch(new { status = "open" }, 200);
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("closedAt").ValueKind);
        await firm.Admin.PostAsync($"{url}/close", null).ExpectAsync(200);
        await Patch(new { status = "archived" }, 200);
        Assert.Equal("matter.archived", (await Patch(new { status = "open" }, 422)).Code());
        Assert.Equal("matter.already_closed", (await firm.Admin.PostAsync($"{url}/close", null).ExpectJsonAsync(409)).Code());

        async Task<JsonElement> Patch(object body, int status) =>
            await firm.Admin.PatchJsonAsync(url, body, (await firm.Admin.GetAsync(url)).ETag()).ExpectJsonAsync(status);
    }

    [Fact]
    public async Task The_list_filters_sorts_by_last_activity_pages_by_keyset_and_names_the_client_and_fee_earner()
    {
        var firm = await TestFirm.CreateAsync(app);
        var partner = await firm.AddUserAsync(["partner"], "Pat Partner");
        var smith = await firm.CreateClientAsync("Smith");
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
            ids.Add((await firm.OpenMatterAsync(clientId: i < 3 ? smith : null, title: $"Matter number {i}",
                extra: new { responsibleUserId = i == 4 ? partner.Id : firm.Owner.Id })).Id());
        await firm.Admin.PostAsJsonAsync($"/api/v1/matters/{ids[0]}/notes", new { body = "Touched" }).ExpectAsync(201);

        var page1 = await firm.Admin.GetAsync("/api/v1/matters?limit=2").ExpectJsonAsync(200);
        var page2 = await firm.Admin.GetAsync($"/api/v1/matters?limit=2&cursor={page1.Str("nextCursor")}").ExpectJsonAsync(200);
        var page3 = await firm.Admin.GetAsync($"/api/v1/matters?limit=2&cursor={page2.Str("nextCursor")}").ExpectJsonAsync(200);
        var order = page1.Items().Concat(page2.Items()).Concat(page3.Items()).Select(m => m.Id()).ToList();
        Assert.Equal([ids[0], ids[4], ids[3], ids[2], ids[1]], order);
        Assert.Equal(JsonValueKind.Null, page3.GetProperty("nextCursor").ValueKind);

        var forSmith = (await firm.Admin.GetAsync($"/api/v1/matters?clientId={smith}").ExpectJsonAsync(200)).Items();
        Assert.Equal(3, forSmith.Count);
        Assert.All(forSmith, m => Assert.Equal("Jane Smith", m.Str("clientName")));
        var partners = (await firm.Admin.GetAsync($"/api/v1/matters?responsibleUserId={partner.Id}").ExpectJsonAsync(200)).Items();
        Assert.Equal("Pat Partner", Assert.Single(partners).Str("responsibleUserName"));
        var found = (await firm.Admin.GetAsync("/api/v1/matters?q=NUMBER%203").ExpectJsonAsync(200)).Items();
        Assert.Equal(ids[3], Assert.Single(found).Id());
        var byReference = (await firm.Admin.GetAsync($"/api/v1/matters?q={found[0].Str("reference").ToLowerInvariant()}").ExpectJsonAsync(200)).Items();
        Assert.Contains(byReference, m => m.Id() == ids[3]);
        Assert.Empty((await firm.Admin.GetAsync("/api/v1/matters?status=onHold").ExpectJsonAsync(200)).Items());
        Assert.Equal(5, (await firm.Admin.GetAsync("/api/v1/matters?status=open,onHold").ExpectJsonAsync(200)).Items().Count);
        await firm.Admin.GetAsync("/api/v1/matters?status=bogus").ExpectAsync(400);
        await firm.Admin.GetAsync("/api/v1/matters?cursor=bm9wZQ").ExpectAsync(400);
    }
}
