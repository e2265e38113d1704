using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Contacts;

public sealed class DueDiligenceTests(TestApp app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Each_missing_piece_of_due_diligence_is_refused_with_its_own_code()
    {
        var firm = await TestFirm.CreateAsync(app);
        var partner = await firm.AddUserAsync("partner");
        var feeEarner = await firm.AddUserAsync("feeEarner");
        var partnerClient = (await firm.SignInAsync(partner)).Client;
        var person = (await firm.Admin.CreatePersonAsync("Penny", "Politic")).Id();
        var company = (await firm.Admin.CreateOrganisationAsync("Holdings Ltd")).Id();
        var url = $"/api/v1/contacts/{person}/due-diligence";
        var verified = new { status = "complete", verifiedOn = Day(-1), evidenceType = "Passport", method = "In person" };

        async Task<string?> Refused(HttpClient client, string path, object body) => (await client.PostAsJsonAsync(path, body).ExpectJsonAsync(422)).Code();

        Assert.Equal("cdd.verification_missing", await Refused(firm.Admin, url, new { status = "complete", evidenceType = "Passport" }));
        Assert.Equal("cdd.verified_in_future", await Refused(firm.Admin, url, verified with { verifiedOn = Day(3) }));
        Assert.Equal("cdd.reason_required", await Refused(firm.Admin, url, new { status = "exception" }));
        Assert.Equal("cdd.enhanced_checks_missing", await Refused(firm.Admin, url, new { verified.status, verified.verifiedOn, verified.evidenceType, pep = true }));
        var enhanced = new { verified.status, verified.verifiedOn, verified.evidenceType, pep = true, sourceOfFunds = "Salary", sourceOfWealth = "Inheritance", seniorApprovalByUserId = partner.Id };
        Assert.Equal("cdd.senior_approval_invalid", await Refused(partnerClient, url, enhanced));
        Assert.Equal("cdd.senior_approval_invalid", await Refused(firm.Admin, url, enhanced with { seniorApprovalByUserId = feeEarner.Id }));
        Assert.Equal("cdd.enhanced_checks_missing", await Refused(firm.Admin, url, new { verified.status, verified.verifiedOn, verified.evidenceType, highRiskCountry = true }));
        Assert.Equal("cdd.enhanced_checks_missing", await Refused(firm.Admin, url, new { verified.status, verified.verifiedOn, verified.evidenceType, riskLevel = "high" }));
        Assert.Equal("cdd.beneficial_owners_missing", await Refused(firm.Admin, $"/api/v1/contacts/{company}/due-diligence", verified));
        Assert.Equal("cdd.beneficial_owner_share", await Refused(firm.Admin, $"/api/v1/contacts/{company}/due-diligence",
            new { verified.status, verified.verifiedOn, verified.evidenceType, beneficialOwners = new[] { new { name = "Quarter Quinn", shareBp = 2500 } } }));
        Assert.Empty((await firm.Admin.GetAsync(url).ExpectJsonAsync(200)).EnumerateArray());

        // Approved by a partner who is not the recorder, and an MLRO who is no partner: both accepted.
        await firm.Admin.PostAsJsonAsync(url, enhanced).ExpectAsync(201);
        var mlro = await firm.AddUserAsync(["feeEarner"], null, ["mlro"]);
        await firm.Admin.PostAsJsonAsync(url, enhanced with { seniorApprovalByUserId = mlro.Id }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{company}/due-diligence",
            new { verified.status, verified.verifiedOn, verified.evidenceType, beneficialOwners = new[] { new { name = "Major Mo", shareBp = 6000 } } }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{company}/due-diligence",
            new { verified.status, verified.verifiedOn, verified.evidenceType, noBeneficialOwnersReason = "Widely held; nobody over 25%" }).ExpectAsync(201);
        await firm.Admin.PostAsJsonAsync(url, new { status = "exception", reason = "Existing client known for 20 years" }).ExpectAsync(201);
    }

    [Fact]
    public async Task Only_a_mask_of_the_evidence_number_is_stored_and_the_contact_mirrors_the_latest_record()
    {
        var firm = await TestFirm.CreateAsync(app);
        var id = (await firm.Admin.CreatePersonAsync("Mask", "Maker")).Id();

        await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{id}/due-diligence", new { status = "inProgress", riskLevel = "low" }).ExpectAsync(201);
        var record = await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{id}/due-diligence", new
        {
            status = "complete", verifiedOn = Day(-2), evidenceType = "Passport", evidenceNumber = "PA 987654321", evidenceExpiresOn = Day(400), riskLevel = "medium",
        }).ExpectJsonAsync(201);

        Assert.Equal("••••4321", record.GetProperty("evidenceNumberMasked").GetString());
        var rows = await firm.WithDbAsync(db => db.Set<DueDiligenceRecord>().AsNoTracking().Where(r => r.ContactId == id).ToListAsync());
        Assert.Equal(2, rows.Count);
        foreach (var row in rows)
            foreach (var value in typeof(DueDiligenceRecord).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => (string?)p.GetValue(row)))
                Assert.DoesNotContain("987654", value ?? "", StringComparison.Ordinal);
        var history = (await firm.Admin.GetAsync($"/api/v1/contacts/{id}/due-diligence").ExpectJsonAsync(200)).EnumerateArray().ToList();
        Assert.Equal(["complete", "inProgress"], history.Select(h => h.GetProperty("status").GetString()));
        var contact = await firm.Admin.GetAsync($"/api/v1/contacts/{id}").ExpectJsonAsync(200);
        Assert.Equal("complete", contact.GetProperty("cddStatus").GetString());
        Assert.Equal("medium", contact.GetProperty("cddRiskLevel").GetString());
        Assert.Equal(Day(400), contact.GetProperty("cddIdExpiresOn").GetString());
        Assert.Contains(await firm.AuditAsync("&action=DueDiligenceRecorded"), e => e.GetProperty("targetId").GetString() == id.ToString());
    }

    [Fact]
    public async Task The_due_diligence_contract_answers_for_each_status()
    {
        var firm = await TestFirm.CreateAsync(app);
        var other = await TestFirm.CreateAsync(app);
        var none = (await firm.Admin.CreatePersonAsync("Nora", "None")).Id();
        var started = (await firm.Admin.CreatePersonAsync("Sid", "Started")).Id();
        var complete = (await firm.Admin.CreatePersonAsync("Cora", "Complete")).Id();
        var expired = (await firm.Admin.CreatePersonAsync("Ed", "Expired")).Id();
        var excepted = (await firm.Admin.CreatePersonAsync("Ezra", "Exception")).Id();
        var foreign = (await other.Admin.CreatePersonAsync("Fay", "Foreign")).Id();
        await Record(started, new { status = "inProgress" });
        await Record(complete, new { status = "complete", verifiedOn = Day(-1), evidenceType = "Passport", evidenceExpiresOn = Day(100) });
        await Record(expired, new { status = "complete", verifiedOn = Day(-400), evidenceType = "Driving licence", evidenceExpiresOn = Day(-1) });
        await Record(excepted, new { status = "exception", reason = "Regulated firm as client: simplified due diligence" });

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(firm.Id);
        var cdd = scope.ServiceProvider.GetRequiredService<IClientDueDiligence>();
        async Task<(bool, string?)> Check(Guid id, CddPurpose purpose)
        {
            var answer = await cdd.CheckAsync(id, purpose, TestContext.Current.CancellationToken);
            Assert.False(string.IsNullOrWhiteSpace(answer.Reason));
            return (answer.Allowed, answer.Code);
        }

        Assert.Equal((false, "cdd.incomplete"), await Check(none, CddPurpose.TakeClientMoney));
        Assert.Equal((false, "cdd.incomplete"), await Check(started, CddPurpose.RecordTime));
        Assert.Equal((true, null), await Check(complete, CddPurpose.TakeClientMoney));
        Assert.Equal((true, null), await Check(complete, CddPurpose.RecordTime));
        Assert.Equal((false, "cdd.id_expired"), await Check(expired, CddPurpose.TakeClientMoney));
        Assert.Equal((true, null), await Check(expired, CddPurpose.RecordTime));
        Assert.Equal((true, null), await Check(excepted, CddPurpose.TakeClientMoney));
        Assert.Equal((false, "cdd.incomplete"), await Check(foreign, CddPurpose.RecordTime));

        Task Record(Guid id, object body) => firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{id}/due-diligence", body).ExpectAsync(201);
    }

    [Fact]
    public async Task Identity_documents_expiring_soon_are_listed_soonest_first()
    {
        var firm = await TestFirm.CreateAsync(app);
        var soon = (await firm.Admin.CreatePersonAsync("Sue", "Soon")).Id();
        var later = (await firm.Admin.CreatePersonAsync("Larry", "Later")).Id();
        var gone = (await firm.Admin.CreatePersonAsync("Gina", "Gone")).Id();
        foreach (var (id, expires, verified) in new[] { (soon, 10, -5), (later, 60, -5), (gone, -3, -300) })
            await firm.Admin.PostAsJsonAsync($"/api/v1/contacts/{id}/due-diligence",
                new { status = "complete", verifiedOn = Day(verified), evidenceType = "Passport", evidenceExpiresOn = Day(expires) }).ExpectAsync(201);

        var within30 = (await firm.Admin.GetAsync("/api/v1/due-diligence/expiring?withinDays=30").ExpectJsonAsync(200)).Items();
        var within90 = (await firm.Admin.GetAsync("/api/v1/due-diligence/expiring?withinDays=90").ExpectJsonAsync(200)).Items();

        Assert.Equal([gone, soon], within30.Select(i => i.GetProperty("contactId").GetGuid()));
        Assert.True(within30[0].GetProperty("expired").GetBoolean());
        Assert.False(within30[1].GetProperty("expired").GetBoolean());
        Assert.Equal([gone, soon, later], within90.Select(i => i.GetProperty("contactId").GetGuid()));
    }

    [Fact]
    public async Task Client_codes_take_four_letters_and_the_next_free_number_in_the_firm()
    {
        var firm = await TestFirm.CreateAsync(app);
        var smiths = new List<Guid>();
        for (var i = 0; i < 4; i++)
            smiths.Add((await firm.Admin.CreatePersonAsync($"Sam{i}", "Smith")).Id());
        var acme = (await firm.Admin.CreateOrganisationAsync("Acme Ltd")).Id();
        var ng = (await firm.Admin.CreatePersonAsync("Lee", "Ng")).Id();

        var codes = await Task.WhenAll(smiths.Select(id => EnsureAsync(firm, id)));
        var again = await EnsureAsync(firm, smiths[0]);

        Assert.Equal(["SMIT01", "SMIT02", "SMIT03", "SMIT04"], codes.Order(StringComparer.Ordinal));
        Assert.Equal(codes[0], again);
        Assert.Equal("ACME01", await EnsureAsync(firm, acme));
        Assert.Equal("NGXX01", await EnsureAsync(firm, ng));
        var stored = await firm.Admin.GetAsync($"/api/v1/contacts/{smiths[0]}").ExpectJsonAsync(200);
        Assert.Equal(codes[0], stored.GetProperty("clientCode").GetString());
    }

    private async Task<string> EnsureAsync(TestFirm firm, Guid contactId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(firm.Id);
        return await scope.ServiceProvider.GetRequiredService<IContactDirectory>().EnsureClientCodeAsync(contactId, CancellationToken.None);
    }
}
