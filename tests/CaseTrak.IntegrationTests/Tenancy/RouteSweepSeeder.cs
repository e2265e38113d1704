using Microsoft.EntityFrameworkCore;
using CaseTrak.IntegrationTests.Matters;

namespace CaseTrak.IntegrationTests.Tenancy;

/// <summary>
/// One of everything a parameterised route can point at, made through the API as a user would, with names
/// that carry the firm's tag so that a leak of any of them is caught by the sweeps.
/// </summary>
public static class RouteSweepSeeder
{
    public static async Task<(TestFirm Firm, SweepSample Sample)> SeedFirmAsync(TestApp app)
    {
        var firm = await TestFirm.CreateAsync(app);
        var user = await firm.AddUserAsync(["feeEarner"], $"Sweep Person {firm.Tag}");
        return (firm, await SeedMatterAsync(firm, new SweepSample(firm.Id, firm.Owner.Id, user.Id), firm.Admin, firm.Owner.Id));
    }

    /// <summary>A client with a relationship and a note, a cleared check, and a matter with a party, key date, undertaking and note.</summary>
    public static async Task<SweepSample> SeedMatterAsync(TestFirm firm, SweepSample sample, HttpClient client, Guid actorId)
    {
        var tag = firm.Tag;
        var contactId = await firm.CreateClientAsync($"Clientname{tag}", "Sweep", client);
        var otherId = await firm.CreateClientAsync($"Otherside{tag}", "Sweep", client);
        var relationship = await client.PostAsJsonAsync($"/api/v1/contacts/{contactId}/relationships", new { toContactId = otherId, kind = "spouseOf" })
            .ExpectJsonAsync(201);
        var contactNote = await client.PostAsJsonAsync($"/api/v1/contacts/{contactId}/notes", new { body = $"Contact note {tag}" }).ExpectJsonAsync(201);
        var check = await client.PostAsJsonAsync("/api/v1/conflict-checks", new { terms = new[] { $"Sweep Clientname{tag}" }, clientId = contactId })
            .ExpectJsonAsync(201);
        await client.PostAsJsonAsync($"/api/v1/conflict-checks/{check.Id()}/decision", new { decision = "clear" }).ExpectAsync(200);
        var area = await PracticeAreaAsync(firm, tag);

        // Strings unique to this matter (a firm may hold two samples), each carrying the firm's tag too.
        var nonce = $"{tag}x{Guid.NewGuid():N}"[..20];
        var title = $"Matter title {nonce}";
        var matter = await client.PostAsJsonAsync("/api/v1/matters", new { clientId = contactId, conflictCheckId = check.Id(), title, practiceAreaId = area })
            .ExpectJsonAsync(201);
        var url = $"/api/v1/matters/{matter.Id()}";
        var party = await client.PostAsJsonAsync($"{url}/parties", new { contactId = otherId, role = "otherSide", reference = $"PartyRef{nonce}" }).ExpectJsonAsync(201);
        var keyDate = await client.PostAsJsonAsync($"{url}/key-dates", new { kind = "hearing", date = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd"), description = $"Key date {nonce}" })
            .ExpectJsonAsync(201);
        var undertaking = await client.PostAsJsonAsync("/api/v1/undertakings", new
        {
            matterId = matter.Id(), givenByUserId = actorId, givenTo = $"Given to {tag}", wording = $"Undertaking wording {nonce}", dueOn = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
        }).ExpectJsonAsync(201);
        var note = await client.PostAsJsonAsync($"{url}/notes", new { body = $"Matter note {nonce}" }).ExpectJsonAsync(201);
        var billing = await SeedBillingAsync(firm, client, matter.Id(), contactId, nonce);
        var money = await RouteSweepClientMoney.SeedAsync(firm, client, matter.Id(), contactId, billing.BillId, nonce);

        return sample with
        {
            ContactId = contactId, OtherContactId = otherId, RelationshipId = relationship.Id(), ContactNoteId = contactNote.Id(),
            ConflictCheckId = check.Id(), PracticeAreaId = area, MatterId = matter.Id(), PartyId = party.Id(), KeyDateId = keyDate.Id(),
            UndertakingId = undertaking.Id(), MatterNoteId = note.Id(),
            TimeEntryId = billing.TimeEntryId, DisbursementId = billing.DisbursementId, TimerId = billing.TimerId, DraftBillId = billing.DraftBillId,
            DraftLineId = billing.DraftLineId, BillId = billing.BillId, CreditNoteId = billing.CreditNoteId, PaymentId = billing.PaymentId, ClientMoney = money, MatterTitle = title, MatterReference = matter.Str("reference"), MatterNonce = nonce,
        };
    }

    private sealed record BillingRows(Guid TimeEntryId, Guid DisbursementId, Guid TimerId, Guid DraftBillId, Guid DraftLineId, Guid BillId,
        Guid CreditNoteId, Guid PaymentId);

    /// <summary>Time, a disbursement and a timer; a draft bill of the time; a final bill of the disbursement, part paid and part credited.</summary>
    private static async Task<BillingRows> SeedBillingAsync(TestFirm firm, HttpClient client, Guid matterId, Guid clientId, string nonce)
    {
        await firm.WithDbAsync(async db =>
        {
            var f = await db.Firms.SingleAsync();
            f.VatNumber ??= "GB999999973";
            return await db.SaveChangesAsync();
        });
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var time = await client.PostAsJsonAsync("/api/v1/time-entries", new { matterId, date = today, minutes = 24, narrative = $"Time narrative {nonce}" }).ExpectJsonAsync(201);
        var disbursement = await client.PostAsJsonAsync("/api/v1/disbursements", new { matterId, date = today, description = $"Courier {nonce}", amountMinor = 2500, vatRateBp = 2000, isAgentDisbursement = false })
            .ExpectJsonAsync(201);
        var timer = await client.PostAsJsonAsync("/api/v1/timers", new { matterId, narrative = $"Timer {nonce}" }).ExpectJsonAsync(201);
        var draft = await client.PostAsJsonAsync("/api/v1/invoices", new { matterId, timeEntryIds = new[] { time.Id() }, disbursementIds = Array.Empty<Guid>() }).ExpectJsonAsync(201);
        var bill = await client.PostAsJsonAsync("/api/v1/invoices", new { matterId, timeEntryIds = Array.Empty<Guid>(), disbursementIds = new[] { disbursement.Id() } }).ExpectJsonAsync(201);
        await client.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/finalise", new { }).ExpectAsync(200);
        var payment = await client.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/payments", new { amountMinor = 1000, receivedOn = today, method = "bankTransfer", reference = $"Pay {firm.Tag}" })
            .ExpectJsonAsync(201);
        var credit = await client.PostAsJsonAsync($"/api/v1/invoices/{bill.Id()}/credit-notes", new { reason = $"Goodwill {nonce}", lines = new[] { new { invoiceLineId = bill.GetProperty("lines")[0].Id(), netMinor = 500 } } })
            .ExpectJsonAsync(201);
        return new(time.Id(), disbursement.Id(), timer.Id(), draft.Id(), draft.GetProperty("lines")[0].Id(), bill.Id(), credit.Id(),
            payment.TryGetProperty("paymentId", out var paymentId) ? paymentId.GetGuid() : payment.Id());
    }

    private static async Task<Guid> PracticeAreaAsync(TestFirm firm, string tag)
    {
        var existing = await firm.Admin.GetAsync("/api/v1/practice-areas").ExpectJsonAsync(200);
        if (existing.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } area)
            return area.Id();
        var created = await firm.Admin.PostAsJsonAsync("/api/v1/practice-areas", new { name = $"Area {tag}" }).ExpectJsonAsync(201);
        await firm.Admin.PostAsJsonAsync($"/api/v1/practice-areas/{created.Id()}/fields", new { key = "sweepField", label = "Sweep field", type = "text" }).ExpectAsync(201);
        return created.Id();
    }

    /// <summary>The matter's own data: none of it may reach a user outside its barrier.</summary>
    public static IReadOnlyList<string> MatterSecrets(SweepSample s) =>
    [
        s.MatterNonce, s.MatterReference,
        .. new[]
        {
            s.MatterId, s.PartyId, s.KeyDateId, s.UndertakingId, s.MatterNoteId, s.TimeEntryId, s.DisbursementId, s.DraftBillId, s.BillId, s.CreditNoteId,
            s.ClientMoney.ReceiptId, s.ClientMoney.PaymentId, s.ClientMoney.TransferId, s.ClientMoney.BalanceReturnId,
        }.SelectMany(id => new[] { id.ToString("D"), id.ToString("N") }),
    ];
}
