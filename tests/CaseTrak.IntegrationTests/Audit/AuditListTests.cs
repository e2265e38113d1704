using System.Globalization;
using CsvHelper;

namespace CaseTrak.IntegrationTests.Audit;

public sealed class AuditListTests(TestApp app)
{
    [Fact]
    public async Task The_audit_list_filters_by_actor_action_and_date()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.AddUserAsync("staff");
        await firm.SignInAsync(staff);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var byActor = await firm.AuditAsync($"&actorId={staff.Id}");
        var created = await firm.AuditAsync("&action=UserCreated");
        var todays = await firm.AuditAsync($"&from={today}&to={today}");
        var longAgo = await firm.AuditAsync("&from=2020-01-01&to=2020-12-31");

        Assert.Equal(["signedIn"], byActor.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(staff.DisplayName, byActor[0].GetProperty("actorName").GetString());
        Assert.Equal([staff.Id.ToString(), firm.Owner.Id.ToString()], created.Select(e => e.GetProperty("targetId").GetString()));
        Assert.Equal((await firm.AuditAsync()).Count, todays.Count);
        Assert.Empty(longAgo);
    }

    [Theory]
    [InlineData("from=2024-01-01&to=2025-01-03", "from", true)]
    [InlineData("from=2025-02-01&to=2025-01-01", "from", true)]
    [InlineData("action=NoSuchThing", "action", true)]
    [InlineData("cursor=abc", "cursor", false)]
    public async Task Bad_audit_filters_are_refused_with_400(string query, string field, bool exportTakesIt)
    {
        var firm = await TestFirm.CreateAsync(app);

        var problem = await firm.Admin.GetAsync($"/api/v1/audit?{query}").ExpectJsonAsync(400);
        if (exportTakesIt)
            await firm.Admin.GetAsync($"/api/v1/audit/export?{query}").ExpectAsync(400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty(await firm.AuditAsync("&action=AuditExported"));
    }

    [Fact]
    public async Task Staff_without_a_compliance_duty_cannot_read_the_audit_log()
    {
        var firm = await TestFirm.CreateAsync(app);
        var staff = await firm.SignInAsync(await firm.AddUserAsync("staff"));
        var colp = await firm.SignInAsync(await firm.AddUserAsync(["partner"], null, ["colp"]));

        await staff.Client.GetAsync("/api/v1/audit").ExpectAsync(403);
        await staff.Client.GetAsync("/api/v1/audit/export").ExpectAsync(403);
        await staff.Client.GetAsync("/api/v1/audit/verify").ExpectAsync(403);
        await colp.Client.GetAsync("/api/v1/audit").ExpectAsync(200);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+SUM(1,2)")]
    [InlineData("-2+3")]
    [InlineData("@cmd")]
    public async Task The_csv_export_neutralises_cells_a_spreadsheet_would_run(string hostileName)
    {
        var firm = await TestFirm.CreateAsync(app);
        var hostile = await firm.AddUserAsync(["staff"], hostileName);
        await firm.SignInAsync(hostile); // makes them the actor of an event

        var response = await firm.Admin.GetAsync("/api/v1/audit/export").ExpectAsync(200);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var csv = new CsvReader(new StringReader(await response.Content.ReadAsStringAsync()), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (await csv.ReadAsync())
            rows.Add(csv.Parser.Record!);
        var header = rows[0];
        var actor = Array.IndexOf(header, "actor");
        Assert.Contains(rows.Skip(1), r => r[actor] == "'" + hostileName);
        Assert.DoesNotContain(rows.Skip(1).SelectMany(r => r), cell => cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal));
        // Every event is there, the record of this export included (it is written before the rows are read).
        Assert.Equal((await firm.AuditAsync()).Count, rows.Count - 1);
        Assert.Single(await firm.AuditAsync("&action=AuditExported"));
    }
}
