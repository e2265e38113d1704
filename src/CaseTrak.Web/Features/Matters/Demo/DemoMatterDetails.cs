using CaseTrak.Web.Platform.Calendar;
using CaseTrak.Web.Platform.Data;
using static CaseTrak.Web.Features.Matters.Demo.DemoNames;

namespace CaseTrak.Web.Features.Matters.Demo;

/// <summary>What a demo matter holds besides itself: parties with roles, key dates, undertakings and notes.</summary>
internal sealed class DemoMatterDetails(AppDbContext db, Random rng, DemoContacts contacts, DateOnly today, Guid partner)
{
    private static readonly string[] NoteTexts =
    [
        "First meeting with the client. Instructions confirmed and client care letter sent.",
        "Telephone call with the client: updated on progress, next steps agreed.",
        "Letter received from the other side; copy sent to the client for comments.",
        "Reviewed the file with the supervising partner. No concerns.",
        "Client asked about likely costs; estimate confirmed in writing.",
    ];

    public void Add(DemoMatterPlan p, Matter m)
    {
        var at = m.CreatedAt;
        db.Add(new MatterParty { MatterId = m.Id, ContactId = p.Client.Id, Role = PartyRole.Client, AddedAt = at });
        foreach (var role in p.Area.OtherRoles.Where((_, i) => i == 0 || rng.Next(2) == 0))
        {
            var pool = contacts.Professionals.TryGetValue(role, out var professionals) ? professionals : contacts.OtherSide;
            db.Add(new MatterParty
            {
                MatterId = m.Id, ContactId = rng.Pick(pool).Id, Role = role, AddedAt = at.AddDays(rng.Next(0, 10)),
                Reference = role == PartyRole.OtherSideSolicitor ? $"ABC/{rng.Next(1000, 9999)}" : null,
            });
        }
        AddKeyDates(p, m);
        AddUndertakings(p, m);
        for (var i = 0; i < 1 + rng.Next(3); i++)
            db.Add(new MatterNote { MatterId = m.Id, Body = NoteTexts[(i + p.Index) % NoteTexts.Length], AuthorId = m.ResponsibleUserId, CreatedAt = at.AddDays(i * 7 + 1) });
    }

    private void AddKeyDates(DemoMatterPlan p, Matter m)
    {
        var closed = m.Status == MatterStatus.Closed;
        foreach (var kind in p.Area.DateKinds)
        {
            var date = closed ? p.OpenedOn.AddDays(rng.Next(20, 150)) : today.AddDays(rng.Next(-20, 120));
            db.Add(new KeyDate
            {
                MatterId = m.Id, Kind = kind, Date = date, Description = Describe(kind), CreatedByUserId = m.ResponsibleUserId,
                CreatedAt = m.CreatedAt.AddDays(1), Done = date < today,
            });
        }
        var limitation = p.Area.Name switch
        {
            DemoPracticeAreas.Litigation => new LimitationInput(rng.Next(2) == 0 ? LimitationBasis.Contract : LimitationBasis.Tort,
                p.OpenedOn.AddDays(-rng.Next(300, 1900))),
            DemoPracticeAreas.Employment => new LimitationInput(LimitationBasis.UnfairDismissal, p.OpenedOn.AddDays(-rng.Next(10, 40)),
                AcasCertificateDays: rng.Next(2) == 0 ? rng.Next(14, 42) : null),
            _ => null,
        };
        if (limitation is null)
            return;
        var result = LimitationCalculator.Calculate(limitation);
        db.Add(new KeyDate
        {
            MatterId = m.Id, Kind = KeyDateKind.Limitation, Date = result.Date, Description = $"Limitation date ({Basis(limitation.Basis)})",
            Working = string.Join('\n', result.Working), CreatedByUserId = m.ResponsibleUserId, CreatedAt = m.CreatedAt.AddDays(1),
            Done = closed,
        });
    }

    /// <summary>Conveyancing and litigation matters give undertakings: some open, some overdue, some discharged.</summary>
    private void AddUndertakings(DemoMatterPlan p, Matter m)
    {
        if (p.Area.Name is not (DemoPracticeAreas.Conveyancing or DemoPracticeAreas.Litigation) || p.Index % 3 != 0)
            return;
        var givenTo = rng.Pick(contacts.Professionals[PartyRole.OtherSideSolicitor]).DisplayName;
        var conveyancing = p.Area.Name == DemoPracticeAreas.Conveyancing;
        var wording = conveyancing
            ? $"On completion, to redeem the existing legal charge in favour of {rng.Pick(contacts.Professionals[PartyRole.Lender]).DisplayName} and to send you Form DS1 (or confirmation of e-DS1) as soon as we receive it."
            : $"To hold £{(rng.Next(5, 60) * 1000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} in our client account and not to release it without your written consent or an order of the court.";
        var given = m.CreatedAt;
        // Every closed matter's undertakings were discharged before it closed; of the rest, a mix.
        var state = m.Status == MatterStatus.Closed ? 0 : (p.Index / 3) % 3;
        var due = state switch
        {
            0 => DateOnly.FromDateTime(given).AddDays(rng.Next(20, 60)),
            1 => today.AddDays(-rng.Next(3, 30)),
            _ => today.AddDays(rng.Next(7, 60)),
        };
        var u = new Undertaking
        {
            MatterId = m.Id, GivenByUserId = m.ResponsibleUserId, GivenTo = givenTo, Wording = wording,
            GivenOn = DateOnly.FromDateTime(given), DueOn = due, Status = state == 0 ? UndertakingStatus.Discharged : UndertakingStatus.Open,
            CreatedAt = given,
        };
        if (state == 0)
        {
            var discharged = due.AddDays(-rng.Next(0, 10));
            u.DischargedOn = discharged > today ? today : discharged;
            u.DischargeEvidence = conveyancing ? "e-DS1 confirmation received from the lender and sent to the buyer's solicitors." : "Funds released with the other side's written consent (letter on file).";
            u.DischargedByUserId = rng.Next(2) == 0 ? m.ResponsibleUserId : partner;
        }
        db.Add(u);
    }

    private static string Describe(KeyDateKind kind) => kind switch
    {
        KeyDateKind.Exchange => "Exchange of contracts (target)",
        KeyDateKind.Completion => "Completion",
        KeyDateKind.Hearing => "Hearing",
        KeyDateKind.Deadline => "Deadline for filing evidence",
        KeyDateKind.Review => "File review",
        _ => kind.ToString(),
    };

    private static string Basis(LimitationBasis basis) => basis switch
    {
        LimitationBasis.UnfairDismissal => "unfair dismissal",
        LimitationBasis.PersonalInjury => "personal injury",
        _ => basis.ToString().ToLowerInvariant(),
    };
}
