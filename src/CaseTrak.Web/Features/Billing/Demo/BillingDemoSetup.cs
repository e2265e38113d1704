using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

/// <summary>The demo's billing set-up: settings, fee-earner grades and targets, rates at each level, activity codes and fixed fees.</summary>
internal sealed class BillingDemoSetup
{
    public required BillingSettings Settings { get; init; }
    public required IReadOnlyDictionary<Guid, FeeEarnerGrade> Grades { get; init; }
    public required IReadOnlyList<RateCandidate> Rates { get; init; }
    /// <summary>Fixed-fee matters and their stages in order.</summary>
    public required IReadOnlyDictionary<Guid, IReadOnlyList<FeeStage>> FixedFees { get; init; }

    public static readonly (string Code, string Name)[] FirmCodes =
    [
        ("ATT", "Attendance (meeting or call)"), ("COR", "Correspondence"), ("DRF", "Drafting"), ("REV", "Perusal and review"),
        ("RES", "Research"), ("TRV", "Travel"), ("ADM", "Internal and file administration"),
    ];

    public static BillingDemoSetup Add(AppDbContext db, Random rng, BillingDemoWorld w)
    {
        var settings = new BillingSettings
        {
            RegulatoryStatement = $"Demo & Co LLP is authorised and regulated by the Solicitors Regulation Authority (SRA number {w.FirmRow.SraNumber}).",
            PaymentDetails = "Office account: Demo & Co LLP, sort code 20-00-00, account 12345678. Please quote the bill number.",
        };
        db.Add(settings);
        foreach (var (code, name) in FirmCodes)
            db.Add(new ActivityCode { Code = code, Name = name });

        var grades = new Dictionary<Guid, FeeEarnerGrade>
        {
            [w.User("partner")] = FeeEarnerGrade.A, [w.User("solicitor")] = FeeEarnerGrade.B, [w.User("paralegal")] = FeeEarnerGrade.D,
        };
        var targets = new Dictionary<string, int> { ["partner"] = 300, ["solicitor"] = 330, ["paralegal"] = 360 };
        foreach (var (local, target) in targets)
            db.Add(new FeeEarnerProfile { UserId = w.User(local), Grade = grades[w.User(local)], TargetMinutesPerDay = target });

        var rates = new List<Rate>();
        var longAgo = w.Today.AddDays(-800);
        var rise = w.Today.AddDays(-150);
        void AddRate(RateScope scope, long minor, DateOnly from, FeeEarnerGrade? grade = null, Guid? client = null, Guid? matter = null, string? activity = null) =>
            rates.Add(new Rate
            {
                Scope = scope, HourlyRateMinor = minor, EffectiveFrom = from, Grade = grade, ClientId = client, MatterId = matter, ActivityCode = activity,
                CreatedByUserId = w.User("admin"), CreatedAt = from.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            });
        AddRate(RateScope.FirmDefault, 20_000, longAgo);
        foreach (var (grade, before, after) in new[] { (FeeEarnerGrade.A, 35_000L, 37_500L), (FeeEarnerGrade.B, 27_500L, 29_000L), (FeeEarnerGrade.C, 22_000L, 23_000L), (FeeEarnerGrade.D, 14_000L, 15_000L) })
        {
            AddRate(RateScope.Grade, before, longAgo, grade);
            AddRate(RateScope.Grade, after, rise, grade); // the annual rate review
        }
        // A negotiated client rate for the first company client; a matter rate, and a higher one for court attendance on it.
        if (w.Matters.FirstOrDefault(m => m.Organisation) is { } company)
            AddRate(RateScope.Client, 30_000, longAgo, client: company.ClientId);
        if (w.Matters.FirstOrDefault(m => m.Area == Matters.Demo.DemoPracticeAreas.Litigation && !m.Organisation) is { } claim)
        {
            AddRate(RateScope.Matter, 25_000, longAgo, matter: claim.Id);
            AddRate(RateScope.MatterActivity, 32_000, longAgo, matter: claim.Id, activity: "A109");
        }
        db.AddRange(rates);

        // Fixed fees on four conveyancing matters: instruction, exchange and completion stages, plus VAT.
        var fixedFees = new Dictionary<Guid, IReadOnlyList<FeeStage>>();
        foreach (var m in w.Matters.Where(m => m.Area == Matters.Demo.DemoPracticeAreas.Conveyancing && m.OpenedOn < w.Today.AddDays(-60)).Take(4))
        {
            var scale = 100 + rng.Next(0, 6) * 10; // £1,000 – £1,500 + VAT in all
            FeeStage[] stages =
            [
                new() { MatterId = m.Id, Position = 1, Name = "Instruction, searches and enquiries", AmountMinor = scale * 300, VatRateBp = 2000 },
                new() { MatterId = m.Id, Position = 2, Name = "Exchange of contracts", AmountMinor = scale * 450, VatRateBp = 2000 },
                new() { MatterId = m.Id, Position = 3, Name = "Completion and registration", AmountMinor = scale * 250, VatRateBp = 2000 },
            ];
            db.Add(new FeeArrangement { MatterId = m.Id, Kind = FeeArrangementKind.FixedFee, AmountMinor = stages.Sum(s => s.AmountMinor), Notes = "Fixed fee agreed in the client care letter." });
            db.AddRange(stages);
            fixedFees[m.Id] = stages;
        }
        return new()
        {
            Settings = settings, Grades = grades, FixedFees = fixedFees,
            Rates = rates.Select(r => new RateCandidate(r.Id, r.Scope, r.Grade, r.UserId, r.ClientId, r.MatterId, r.ActivityCode, r.HourlyRateMinor, r.EffectiveFrom)).ToList(),
        };
    }
}
