using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Billing.Bills;

/// <summary>The bill pages work as plain HTML forms: draft from work in progress, edit, finalise, pay, credit, register.</summary>
public sealed class BillPagesTests(TestApp app)
{
    [Fact]
    public async Task A_bill_is_drafted_edited_finalised_paid_and_credited_through_the_pages()
    {
        var firm = await BillTestData.CreateBillingFirmAsync(app);
        var matter = (await firm.OpenBillableMatterAsync()).Id();
        var entry = await firm.RecordTimeAsync(matter, 60, narrative: "Reviewing the lease");
        await firm.RecordDisbursementAsync(matter, 2500, description: "Courier to court");
        var web = firm.Admin;
        var ct = TestContext.Current.CancellationToken;

        var form = await web.GetStringAsync($"/matters/{matter}/bills/new", ct);
        Assert.Contains("Reviewing the lease", form, StringComparison.Ordinal);
        Assert.Contains("Courier to court", form, StringComparison.Ordinal);
        var drafted = await web.PostFormAsync($"/matters/{matter}/bills/new", $"/matters/{matter}/bills/new",
            new() { ["Input.TimeEntryIds"] = entry.ToString(), ["Input.Kind"] = "invoice", ["Input.Narrative"] = "Lease review" });
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var billUrl = drafted.Headers.Location!.OriginalString;
        var billId = Guid.Parse(billUrl["/bills/".Length..]);

        var editor = await web.GetStringAsync(billUrl, ct);
        Assert.Contains("200.00", editor, StringComparison.Ordinal);
        Assert.DoesNotContain("Courier to court", editor, StringComparison.Ordinal);
        var added = await web.PostFormAsync(billUrl, $"{billUrl}?handler=AddLine",
            new() { ["Input.LineKind"] = "fee", ["Input.Description"] = "Attendance", ["Input.Net"] = "50.00", ["Input.VatRate"] = "20" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var refused = await web.PostFormAsync(billUrl, $"{billUrl}?handler=AddLine", new() { ["Input.LineKind"] = "fee", ["Input.Description"] = "", ["Input.Net"] = "abc" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("There is a problem", await refused.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        var confirm = await web.GetStringAsync($"{billUrl}/finalise", ct);
        Assert.Contains("INV-000001", confirm, StringComparison.Ordinal);
        Assert.Contains("300.00", confirm, StringComparison.Ordinal);
        var version = (await firm.GetBillAsync(billId)).GetProperty("version").GetInt32();
        var finalised = await web.PostFormAsync($"{billUrl}/finalise", $"{billUrl}/finalise",
            new() { ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.IssuedOn"] = BillTestData.Day() });
        Assert.Equal(HttpStatusCode.Redirect, finalised.StatusCode);
        var view = await web.GetStringAsync(billUrl, ct);
        Assert.Contains($"/api/v1/invoices/{billId}/pdf", view, StringComparison.Ordinal);
        Assert.Contains("<iframe", view, StringComparison.Ordinal);

        var paid = await web.PostFormAsync($"{billUrl}/payment", $"{billUrl}/payment", new()
        {
            ["Input.Amount"] = "400.00", ["Input.ReceivedOn"] = BillTestData.Day(), ["Input.Method"] = "bankTransfer", [$"Input.Allocations[{billId}]"] = "100.00",
        });
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var credited = await web.PostFormAsync($"{billUrl}/credit-note", $"{billUrl}/credit-note", new() { ["Input.Reason"] = "Goodwill", ["Input.Full"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, credited.StatusCode);

        var bill = await firm.GetBillAsync(billId);
        Assert.Equal("INV-000001", bill.Str("number"));
        Assert.Equal(10000, bill.Long("paidMinor"));
        Assert.Equal(30000, bill.Long("creditedMinor"));
        Assert.Contains("INV-000001", await web.GetStringAsync("/bills", ct), StringComparison.Ordinal);
        var register = await web.GetStringAsync("/billing/register", ct);
        Assert.Contains("CN-000001", register, StringComparison.Ordinal);
        Assert.Contains("Courier to court", await web.GetStringAsync($"/matters/{matter}/bills/new", ct), StringComparison.Ordinal);
        Assert.Contains("Void", await web.GetStringAsync($"{billUrl}/void", ct), StringComparison.Ordinal);
    }
}
