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
    public string MatterTitle { get; init; } = "";
    public string MatterReference { get; init; } = "";
    /// <summary>A string in every text of the matter (title, notes, wording, key dates, party reference) and nowhere else.</summary>
    public string MatterNonce { get; init; } = "";
}

/// <summary>
/// How to fill the parameters of one route, whether its data belongs to a firm, and whether it shows or
/// changes one matter's data (then a user outside that matter's barrier must get no success from it either).
/// </summary>
public sealed record SweepEntry(bool FirmData, IReadOnlyDictionary<string, string> Values, bool MatterScoped = false);

/// <summary>
/// Every route with a parameter must appear here, keyed by its pattern as the app declares it. A new route
/// without an entry fails <see cref="RouteSweepTests"/>: add one that fills its parameters from firm A's
/// rows (extend <see cref="SweepSample"/> and <see cref="RouteSweepSeeder"/> with the new module's rows), and
/// mark it with <c>Matter(…)</c> when it reads or writes a single matter's data.
/// </summary>
public static class RouteSweepRegistry
{
    public static readonly IReadOnlyDictionary<string, Func<SweepSample, SweepEntry>> Entries =
        new Dictionary<string, Func<SweepSample, SweepEntry>>(StringComparer.OrdinalIgnoreCase)
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

            // Not firm data: the public API description and its browser.
            ["/openapi/{documentName}.json"] = _ => Public(("documentName", "v1")),
            ["/api/docs/{documentName?}"] = _ => Public(("documentName", "v1")),
        };

    private static SweepEntry Firm(params (string Name, Guid Id)[] values) =>
        new(true, values.ToDictionary(v => v.Name, v => v.Id.ToString(), StringComparer.OrdinalIgnoreCase));

    /// <summary>A route over one matter: "id" is the matter unless the route names another of its records.</summary>
    private static SweepEntry Matter(SweepSample s, params (string Name, Guid Id)[] values)
    {
        var all = values.ToDictionary(v => v.Name, v => v.Id.ToString(), StringComparer.OrdinalIgnoreCase);
        all.TryAdd("id", s.MatterId.ToString());
        return new(true, all, MatterScoped: true);
    }

    private static SweepEntry Public(params (string Name, string Value)[] values) =>
        new(false, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.OrdinalIgnoreCase));
}
