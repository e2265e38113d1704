using CaseTrak.IntegrationTests.Billing.Time;
using CaseTrak.IntegrationTests.Matters;
using static CaseTrak.IntegrationTests.Billing.Runs.BillingRunTestData;
using static CaseTrak.IntegrationTests.Billing.Time.TimeTestData;

namespace CaseTrak.IntegrationTests.Billing.Runs;

public sealed class BillingRunTests(TestApp app)
{
    [Fact]
    public async Task A_run_drafts_the_same_bill_as_drafting_by_hand()
    {
        var firm = await TestFirm.CreateAsync(app);
        await firm.FirmRateAsync(21_050);
        var (byHand, client) = await firm.OpenBillableMatterAsync();
        var (byRun, _) = await firm.OpenBillableMatterAsync(client, "Sale of 2 Low Road");
        await firm.AddWorkAsync(byHand);
        await firm.AddWorkAsync(byRun);

        var hand = await firm.Admin.PostAsJsonAsync("/api/v1/invoices", new { matterId = byHand }).ExpectJsonAsync(201);
        var run = await firm.RunAsync(Today, [byRun]);
        var drafted = await firm.OnlyBillOfAsync(byRun);

        Assert.Equal("draft", drafted.Str("status"));
        Assert.Equal("invoice", drafted.Str("kind"));
        Assert.Equal(hand.GetProperty("lines").EnumerateArray().Select(Shape), drafted.GetProperty("lines").EnumerateArray().Select(Shape));
        Assert.Equal(5, drafted.GetProperty("lines").GetArrayLength()); // two billable, one no-charge, two disbursements; not the non-billable
        foreach (var total in new[] { "netMinor", "vatMinor", "totalMinor" })
            Assert.Equal(hand.Long(total), drafted.Long(total));
        Assert.Equal((1, 1, 5), (run.Int("matters"), run.Int("bills"), run.Int("lines")));
        Assert.Equal((drafted.Long("netMinor"), drafted.Long("vatMinor"), drafted.Long("totalMinor")),
            (run.Long("netMinor"), run.Long("vatMinor"), run.Long("totalMinor")));
        Assert.Equal("GBP", run.Str("currency"));
        Assert.Empty(run.GetProperty("skipped").EnumerateArray());

        var audit = await firm.AuditAsync();
        Assert.Contains(audit, e => e.Str("action") == "billingRunCompleted" && e.GetProperty("targetId").GetGuid() == run.GetProperty("runId").GetGuid());
        Assert.Contains(audit, e => e.Str("action") == "billDrafted" && e.GetProperty("targetId").GetGuid() == drafted.Id());
    }

    [Fact]
    public async Task Fixed_fee_matters_and_matters_with_a_draft_are_skipped_and_non_billable_or_later_time_is_left_alone()
    {
        var firm = await TestFirm.CreateAsync(app);
        await firm.FirmRateAsync(20_000);
        var (hourly, client) = await firm.OpenBillableMatterAsync();
        var (fixedFee, _) = await firm.OpenBillableMatterAsync(client, "Fixed-fee conveyance");
        var (withDraft, _) = await firm.OpenBillableMatterAsync(client, "Already drafted");
        var (nonBillable, _) = await firm.OpenBillableMatterAsync(client, "Pro bono");
        await firm.Admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{fixedFee}/fee-arrangement", new
        {
            kind = "fixedFee", amountMinor = 90_000, stages = new[] { new { name = "Exchange", amountMinor = 90_000, vatRateBp = 2000 } },
        }, "*").ExpectAsync(200);

        var billed = await firm.RecordTimeAsync(hourly, 60, Day);
        var later = await firm.RecordTimeAsync(hourly, 60, Day.AddDays(5));
        var onFixedFee = await firm.RecordTimeAsync(fixedFee, 60, Day);
        await firm.RecordTimeAsync(withDraft, 30, Day);
        await firm.Admin.PostAsJsonAsync("/api/v1/invoices", new { matterId = withDraft }).ExpectAsync(201);
        var afterDraft = await firm.RecordTimeAsync(withDraft, 30, Day);
        var notBillable = await firm.RecordTimeAsync(nonBillable, 60, Day, billability: "nonBillable");

        var run = await firm.RunAsync(Day.AddDays(1));

        Assert.Equal((3, 1, 1), (run.Int("matters"), run.Int("bills"), run.Int("lines")));
        Assert.Equal(20_000, run.Long("netMinor"));
        Assert.Equal(24_000, run.Long("totalMinor"));
        var skipped = run.GetProperty("skipped").EnumerateArray().ToDictionary(s => s.GetProperty("matterId").GetGuid(), s => s.Str("reason"));
        Assert.Equal(new Dictionary<Guid, string> { [fixedFee] = "fixedFee", [withDraft] = "draftExists" }, skipped);
        Assert.Equal("draft", await firm.TimeStatusAsync(billed.Id()));
        foreach (var untouched in new[] { later, onFixedFee, afterDraft, notBillable })
            Assert.Equal("unbilled", await firm.TimeStatusAsync(untouched.Id()));
        Assert.Equal(0, await firm.BillCountAsync(fixedFee));
        Assert.Equal(0, await firm.BillCountAsync(nonBillable));
        Assert.Equal(1, await firm.BillCountAsync(withDraft));
    }

    [Fact]
    public async Task A_second_run_drafts_nothing_new()
    {
        var firm = await TestFirm.CreateAsync(app);
        await firm.FirmRateAsync(20_000);
        var (matter, _) = await firm.OpenBillableMatterAsync();
        await firm.AddWorkAsync(matter);

        var first = await firm.RunAsync(Today);
        var second = await firm.RunAsync(Today);

        Assert.Equal(1, first.Int("bills"));
        Assert.Equal((0, 0, 0, 0L), (second.Int("matters"), second.Int("bills"), second.Int("lines"), second.Long("totalMinor")));
        Assert.Equal(1, await firm.BillCountAsync(matter));
    }

    [Fact]
    public async Task A_run_bills_only_what_its_user_may_see_and_never_another_firms_work()
    {
        var firm = await TestFirm.CreateAsync(app);
        var other = await TestFirm.CreateAsync(app);
        await firm.FirmRateAsync(20_000);
        await other.FirmRateAsync(20_000);
        var insider = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var runner = await firm.SignInAsync(await firm.AddUserAsync("partner"));
        var (open, client) = await firm.OpenBillableMatterAsync();
        var restricted = (await firm.OpenMatterAsync(as_: insider.Client, clientId: client, title: "Behind a barrier")).Id();
        var (othersMatter, _) = await other.OpenBillableMatterAsync();
        await firm.RecordTimeAsync(open, 60, Day);
        var hidden = await firm.RecordTimeAsync(restricted, 60, Day);
        var othersTime = await other.RecordTimeAsync(othersMatter, 60, Day);
        await insider.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/matters/{restricted}/access", new { restricted = true, userIds = Array.Empty<Guid>() }, "*")
            .ExpectAsync(200);

        var run = await firm.RunAsync(Today, as_: runner.Client);

        Assert.Equal((1, 1), (run.Int("matters"), run.Int("bills")));
        Assert.Equal("unbilled", await firm.TimeStatusAsync(hidden.Id(), insider.Client));
        Assert.Equal("unbilled", await other.TimeStatusAsync(othersTime.Id()));
        Assert.Equal(0, await other.BillCountAsync(othersMatter));
        var onlyOther = await firm.RunAsync(Today, [othersMatter]);
        Assert.Equal(0, onlyOther.Int("bills"));
    }

    [Fact]
    public async Task Only_a_partner_or_administrator_runs_billing_and_the_date_is_required()
    {
        var firm = await TestFirm.CreateAsync(app);
        var feeEarner = await firm.SignInAsync(await firm.AddUserAsync("feeEarner"));

        await feeEarner.Client.RunBillingAsync(new { upTo = Iso(Today) }).ExpectAsync(403);
        var missing = await firm.Admin.RunBillingAsync(new { }).ExpectJsonAsync(400);
        Assert.True(missing.GetProperty("errors").TryGetProperty("upTo", out _));
        Assert.DoesNotContain(await firm.AuditAsync(), e => e.Str("action") == "billingRunCompleted");
    }
}
