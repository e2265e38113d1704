namespace CaseTrak.IntegrationTests.Matters;

public sealed class CustomFieldTests(TestApp app)
{
    private static async Task<Guid> ConveyancingAsync(TestFirm firm)
    {
        var area = await firm.Admin.PostAsJsonAsync("/api/v1/practice-areas", new { name = "Conveyancing" }).ExpectJsonAsync(201);
        var url = $"/api/v1/practice-areas/{area.Id()}/fields";
        await firm.Admin.PostAsJsonAsync(url, new { key = "propertyAddress", label = "Property address", type = "text", required = true }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync(url, new { key = "price", label = "Price", type = "number" }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync(url, new { key = "exchangeBy", label = "Exchange by", type = "date" }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync(url, new { key = "tenure", label = "Tenure", type = "choice", choices = new[] { "Freehold", "Leasehold" } }).ExpectAsync(201);
        return area.Id();
    }

    [Fact]
    public async Task Practice_areas_list_their_fields_and_only_admins_define_them()
    {
        var firm = await TestFirm.CreateAsync(app);
        var areaId = await ConveyancingAsync(firm);
        var feeEarner = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));

        var areas = await feeEarner.Client.GetAsync("/api/v1/practice-areas").ExpectJsonAsync(200);
        await feeEarner.Client.PostAsJsonAsync("/api/v1/practice-areas", new { name = "Family" }).ExpectAsync(403);
        var duplicate = await firm.Admin.PostAsJsonAsync("/api/v1/practice-areas", new { name = "conveyancing" }).ExpectJsonAsync(409);
        var badKey = await firm.Admin.PostAsJsonAsync($"/api/v1/practice-areas/{areaId}/fields", new { key = "Bad Key", label = "X", type = "text" }).ExpectJsonAsync(400);
        var noChoices = await firm.Admin.PostAsJsonAsync($"/api/v1/practice-areas/{areaId}/fields", new { key = "colour", label = "Colour", type = "choice" }).ExpectJsonAsync(400);

        var area = Assert.Single(areas.EnumerateArray());
        Assert.Equal(["propertyAddress", "price", "exchangeBy", "tenure"], area.GetProperty("fields").EnumerateArray().Select(f => f.Str("key")));
        Assert.Equal("practice_area.name_taken", duplicate.Code());
        Assert.True(badKey.GetProperty("errors").TryGetProperty("key", out _));
        Assert.True(noChoices.GetProperty("errors").TryGetProperty("choices", out _));
    }

    [Fact]
    public async Task Valid_values_are_stored_normalised()
    {
        var firm = await TestFirm.CreateAsync(app);
        var areaId = await ConveyancingAsync(firm);

        var matter = await firm.OpenMatterAsync(extra: new
        {
            practiceArea = "conveyancing",
            customFields = new Dictionary<string, object> { ["propertyAddress"] = "1 High Street", ["price"] = "250,000", ["exchangeBy"] = "2027-02-28", ["tenure"] = "freehold" },
        });

        Assert.Equal(areaId, matter.GetProperty("practiceAreaId").GetGuid());
        Assert.Equal("Conveyancing", matter.Str("practiceAreaName"));
        var fields = matter.GetProperty("customFields");
        Assert.Equal(250000m, fields.GetProperty("price").GetDecimal());
        Assert.Equal("Freehold", fields.Str("tenure"));
        Assert.Equal("2027-02-28", fields.Str("exchangeBy"));
    }

    [Theory]
    [InlineData("unknown", "x", "customFields.unknown")]
    [InlineData("price", "cheap", "customFields.price")]
    [InlineData("exchangeBy", "28/02/2027", "customFields.exchangeBy")]
    [InlineData("exchangeBy", "2027-02-30", "customFields.exchangeBy")]
    [InlineData("tenure", "Commonhold", "customFields.tenure")]
    [InlineData("propertyAddress", "", "customFields.propertyAddress")]
    public async Task Invalid_values_are_refused_naming_the_field(string key, string value, string field)
    {
        var firm = await TestFirm.CreateAsync(app);
        var areaId = await ConveyancingAsync(firm);
        var client = await firm.CreateClientAsync();
        var check = await firm.ConflictCheckAsync(client);
        var values = new Dictionary<string, object> { ["propertyAddress"] = "1 High Street", [key] = value };

        var res = await firm.Admin.PostMatterAsync(new { clientId = client, conflictCheckId = check, title = "T", practiceAreaId = areaId, customFields = values })
            .ExpectJsonAsync(400);

        Assert.True(res.GetProperty("errors").TryGetProperty(field, out _), res.ToString());
        Assert.Empty((await firm.Admin.GetAsync("/api/v1/matters").ExpectJsonAsync(200)).Items());
    }

    [Fact]
    public async Task A_number_must_be_a_number_and_a_patch_is_checked_the_same_way()
    {
        var firm = await TestFirm.CreateAsync(app);
        var areaId = await ConveyancingAsync(firm);
        var matter = await firm.OpenMatterAsync(extra: new { practiceAreaId = areaId, customFields = new Dictionary<string, object> { ["propertyAddress"] = "1 High Street" } });
        var url = $"/api/v1/matters/{matter.Id()}";
        var etag = (await firm.Admin.GetAsync(url)).ETag();

        var wrongType = await firm.Admin.PatchJsonAsync(url, new { customFields = new Dictionary<string, object> { ["propertyAddress"] = 12, ["price"] = true } }, etag)
            .ExpectJsonAsync(400);
        var missing = await firm.Admin.PatchJsonAsync(url, new { customFields = new Dictionary<string, object> { ["price"] = 10 } }, etag).ExpectJsonAsync(400);
        var ok = await firm.Admin.PatchJsonAsync(url, new { customFields = new Dictionary<string, object> { ["propertyAddress"] = "2 Low Road", ["price"] = 99.5 } }, etag)
            .ExpectJsonAsync(200);

        Assert.True(wrongType.GetProperty("errors").TryGetProperty("customFields.propertyAddress", out _));
        Assert.True(wrongType.GetProperty("errors").TryGetProperty("customFields.price", out _));
        Assert.True(missing.GetProperty("errors").TryGetProperty("customFields.propertyAddress", out _));
        Assert.Equal(99.5m, ok.GetProperty("customFields").GetProperty("price").GetDecimal());
    }
}
