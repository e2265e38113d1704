namespace CaseTrak.IntegrationTests.Tenancy;

/// <summary>Real rows of one firm, for filling route parameters (made by <see cref="RouteSweepSeeder"/>).</summary>
public sealed record SweepSample(Guid FirmId, Guid OwnerId, Guid UserId)
{
    public Guid ContactId { get; init; }
    public Guid OtherContactId { get; init; }
    public Guid RelationshipId { get; init; }
    public Guid ContactNoteId { get; init; }
    public Guid ConflictCheckId { get; init; }
    public Guid PracticeAreaId { get; init; }
    public Guid MatterId { get; init; }
    public Guid PartyId { get; init; }
    public Guid KeyDateId { get; init; }
    public Guid UndertakingId { get; init; }
    public Guid MatterNoteId { get; init; }
    public Guid TimeEntryId { get; init; }
    public Guid DisbursementId { get; init; }
    public Guid TimerId { get; init; }
    public Guid DraftBillId { get; init; }
    public Guid DraftLineId { get; init; }
    public Guid BillId { get; init; }
    public Guid CreditNoteId { get; init; }
    public Guid PaymentId { get; init; }
    public ClientMoneySweepRows ClientMoney { get; init; } = ClientMoneySweepRows.None;
    public string MatterTitle { get; init; } = "";
    public string MatterReference { get; init; } = "";
    /// <summary>A string in every text of the matter (title, notes, wording, key dates, party reference) and nowhere else.</summary>
    public string MatterNonce { get; init; } = "";
}

/// <summary>
/// How to fill the parameters of one route, whether its data belongs to a firm, and whether it shows or
/// changes one matter's data (then a user outside that matter's barrier must get no success from it either).
/// </summary>
/// <remarks>RoleLimited: the route is for some roles only, so a supervisor without that role may get 403 (never 404).</remarks>
public sealed record SweepEntry(bool FirmData, IReadOnlyDictionary<string, string> Values, bool MatterScoped = false, bool RoleLimited = false);

/// <summary>
/// Every route with a parameter must appear here, keyed by its pattern as the app declares it. A new route
/// without an entry fails <see cref="RouteSweepTests"/>: add one that fills its parameters from firm A's
/// rows (extend <see cref="SweepSample"/> and <see cref="RouteSweepSeeder"/> with the new module's rows), and
/// mark it with <c>Matter(…)</c> when it reads or writes a single matter's data.
/// </summary>
public static class RouteSweepRegistry
{
    public static readonly IReadOnlyDictionary<string, Func<SweepSample, SweepEntry>> Entries =
        new Dictionary<string, Func<SweepSample, SweepEntry>>(Core.Concat(RouteSweepClientMoney.Entries()), StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, Func<SweepSample, SweepEntry>> Core =>
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["/api/v1/users/{id:guid}"] = s => Firm(("id", s.UserId)),
            ["/settings/users/{id:guid}"] = s => Firm(("id", s.UserId)),

            // Contacts (issue 3)
            ["/api/v1/contacts/{id:guid}"] = s => Firm(("id", s.ContactId)),
            ["/api/v1/contacts/{id:guid}/archive"] = s => Firm(("id", s.ContactId)),
            ["/api/v1/contacts/{id:guid}/unarchive"] = s => Firm(("id", s.ContactId)),
            ["/api/v1/contacts/{id:guid}/relationships"] = s => Firm(("id", s.ContactId)),
            ["/api/v1/contacts/{id:guid}/relationships/{relationshipId:guid}"] = s => Firm(("id", s.ContactId), ("relationshipId", s.RelationshipId)),
            ["/api/v1/contacts/{id:guid}/notes"] = s => Firm(("id", s.ContactId)),
            ["/api/v1/contacts/{id:guid}/methods"] = s => Firm(("id", s.ContactId)),
            ["/api/v1/contacts/{id:guid}/due-diligence"] = s => Firm(("id", s.ContactId)),
            ["/contacts/{id:guid}"] = s => Firm(("id", s.ContactId)),
            ["/contacts/{id:guid}/edit"] = s => Firm(("id", s.ContactId)),
            ["/contacts/{id:guid}/due-diligence"] = s => Firm(("id", s.ContactId)),

            // Conflict checks
            ["/api/v1/conflict-checks/{id:guid}"] = s => Firm(("id", s.ConflictCheckId)),
            ["/api/v1/conflict-checks/{id:guid}/decision"] = s => Firm(("id", s.ConflictCheckId)),
            ["/conflicts/{id:guid}"] = s => Firm(("id", s.ConflictCheckId)),

            // Practice areas
            ["/api/v1/practice-areas/{id:guid}"] = s => Firm(("id", s.PracticeAreaId)),
            ["/api/v1/practice-areas/{id:guid}/fields"] = s => Firm(("id", s.PracticeAreaId)),

            // Matters: every one of these also runs as a same-firm user outside the matter's barrier.
            ["/api/v1/matters/{id:guid}"] = s => Matter(s),
            ["/api/v1/matters/{id:guid}/close"] = s => Matter(s),
            ["/api/v1/matters/{id:guid}/access"] = s => Matter(s),
            ["/api/v1/matters/{id:guid}/parties"] = s => Matter(s),
            ["/api/v1/matters/{id:guid}/parties/{partyId:guid}"] = s => Matter(s, ("partyId", s.PartyId)),
            ["/api/v1/matters/{id:guid}/team"] = s => Matter(s),
            ["/api/v1/matters/{id:guid}/notes"] = s => Matter(s),
            ["/api/v1/matters/{id:guid}/key-dates"] = s => Matter(s),
            ["/api/v1/matters/{id:guid}/key-dates/limitation"] = s => Matter(s),
            ["/api/v1/undertakings/{id:guid}"] = s => Matter(s, ("id", s.UndertakingId)),
            ["/api/v1/undertakings/{id:guid}/discharge"] = s => Matter(s, ("id", s.UndertakingId)),
            ["/matters/{id:guid}"] = s => Matter(s),
            ["/matters/{id:guid}/edit"] = s => Matter(s),
            ["/matters/{id:guid}/close"] = s => Matter(s),
            ["/matters/{id:guid}/access"] = s => Matter(s),
            ["/matters/{id:guid}/parties"] = s => Matter(s),
            ["/matters/{id:guid}/key-dates"] = s => Matter(s),
            ["/matters/{id:guid}/undertakings"] = s => Matter(s),
            ["/matters/{id:guid}/notes"] = s => Matter(s),

            // Billing (issue 5): bills, time and disbursements are the matter's; payments are the client's.
            ["/api/v1/time-entries/{id:guid}"] = s => Matter(s, ("id", s.TimeEntryId)),
            ["/api/v1/disbursements/{id:guid}"] = s => Matter(s, ("id", s.DisbursementId)),
            ["/api/v1/matters/{id:guid}/fee-arrangement"] = s => Matter(s),
            ["/api/v1/matters/{id:guid}/profitability"] = s => Matter(s),
            ["/api/v1/matters/{id:guid}/write-off-wip"] = s => Matter(s),
            ["/api/v1/invoices/{id:guid}"] = s => Matter(s, ("id", s.DraftBillId)),
            ["/api/v1/invoices/{id:guid}/lines"] = s => Matter(s, ("id", s.DraftBillId)),
            ["/api/v1/invoices/{id:guid}/lines/{lineId:guid}"] = s => Matter(s, ("id", s.DraftBillId), ("lineId", s.DraftLineId)),
            ["/api/v1/invoices/{id:guid}/lines/{lineId:guid}/write-off"] = s => Matter(s, ("id", s.DraftBillId), ("lineId", s.DraftLineId)),
            ["/api/v1/invoices/{id:guid}/discount"] = s => Matter(s, ("id", s.DraftBillId)),
            ["/api/v1/invoices/{id:guid}/finalise"] = s => Matter(s, ("id", s.DraftBillId)),
            ["/api/v1/invoices/{id:guid}/void"] = s => Matter(s, ("id", s.BillId)),
            ["/api/v1/invoices/{id:guid}/deliver"] = s => Matter(s, ("id", s.BillId)),
            ["/api/v1/invoices/{id:guid}/credit-notes"] = s => Matter(s, ("id", s.BillId)),
            ["/api/v1/invoices/{id:guid}/payments"] = s => Matter(s, ("id", s.BillId)),
            ["/api/v1/invoices/{id:guid}/pdf"] = s => Matter(s, ("id", s.BillId)),
            ["/api/v1/invoices/{id:guid}/ledes"] = s => Matter(s, ("id", s.BillId)),
            ["/api/v1/credit-notes/{id:guid}"] = s => Matter(s, ("id", s.CreditNoteId)),
            ["/api/v1/credit-notes/{id:guid}/pdf"] = s => Matter(s, ("id", s.CreditNoteId)),
            ["/api/v1/payments/{id:guid}"] = s => Firm(("id", s.PaymentId)),
            ["/api/v1/payments/{id:guid}/allocations"] = s => Firm(("id", s.PaymentId)),
            ["/api/v1/payments/{id:guid}/refund"] = s => Firm(("id", s.PaymentId)),
            ["/api/v1/timers/{id:guid}"] = s => Firm(("id", s.TimerId)),
            ["/api/v1/timers/{id:guid}/pause"] = s => Firm(("id", s.TimerId)),
            ["/api/v1/timers/{id:guid}/resume"] = s => Firm(("id", s.TimerId)),
            ["/api/v1/timers/{id:guid}/stop"] = s => Firm(("id", s.TimerId)),
            ["/api/v1/contacts/{id:guid}/billing-terms"] = s => Firm(("id", s.ContactId)),
            ["/api/v1/users/{id:guid}/fee-earner-profile"] = s => Firm(("id", s.UserId)),
            ["/matters/{id:guid}/billing"] = s => Matter(s),
            ["/matters/{id:guid}/bills/new"] = s => Matter(s),
            ["/matters/{id:guid}/write-off-wip"] = s => Matter(s) with { RoleLimited = true },
            ["/bills/{id:guid}"] = s => Matter(s, ("id", s.BillId)),
            ["/bills/{id:guid}/finalise"] = s => Matter(s, ("id", s.DraftBillId)),
            ["/bills/{id:guid}/void"] = s => Matter(s, ("id", s.BillId)),
            ["/bills/{id:guid}/credit-note"] = s => Matter(s, ("id", s.BillId)),
            ["/bills/{id:guid}/payment"] = s => Matter(s, ("id", s.BillId)),
            ["/time/entries/{id:guid}"] = s => Matter(s, ("id", s.TimeEntryId)),

            // Not firm data: the public API description and its browser; reports are named, and always the caller's own firm.
            ["/api/v1/reports/{name}"] = _ => Public(("name", "wip")),
            ["/openapi/{documentName}.json"] = _ => Public(("documentName", "v1")),
            ["/api/docs/{documentName?}"] = _ => Public(("documentName", "v1")),
        };

    internal static SweepEntry Firm(params (string Name, Guid Id)[] values) =>
        new(true, values.ToDictionary(v => v.Name, v => v.Id.ToString(), StringComparer.OrdinalIgnoreCase));

    /// <summary>A route over one matter: "id" is the matter unless the route names another of its records.</summary>
    internal static SweepEntry Matter(SweepSample s, params (string Name, Guid Id)[] values)
    {
        var all = values.ToDictionary(v => v.Name, v => v.Id.ToString(), StringComparer.OrdinalIgnoreCase);
        all.TryAdd("id", s.MatterId.ToString());
        return new(true, all, MatterScoped: true);
    }

    private static SweepEntry Public(params (string Name, string Value)[] values) =>
        new(false, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.OrdinalIgnoreCase));
}
