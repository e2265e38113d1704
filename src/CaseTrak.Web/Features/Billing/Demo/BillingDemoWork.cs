using static CaseTrak.Web.Features.Matters.Demo.DemoPracticeAreas;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// A year of time (each fee earner, each England and Wales working day, 3–7 entries across their matters, a few
/// days off) valued as the handlers value it (rate resolved on the day, 6-minute units rounded up), and the
/// matters' disbursements. Nothing is saved here: the bills decide which items are billed first.
/// </summary>
internal sealed class BillingDemoWork
{
    public const int UnitMinutes = 6;
    private static readonly int[] MinuteChoices = [6, 12, 12, 18, 24, 30, 30, 36, 42, 48, 60, 60, 72, 90, 120, 150, 180, 7, 17, 25, 44];

    public List<TimeEntry> Time { get; } = [];
    public List<Disbursement> Disbursements { get; } = [];

    public static BillingDemoWork Build(Random rng, BillingDemoWorld w, BillingDemoSetup s)
    {
        var work = new BillingDemoWork();
        var (partner, solicitor, paralegal) = (w.User("partner"), w.User("solicitor"), w.User("paralegal"));
        var pools = new (Guid User, List<DemoBillingMatter> Matters)[]
        {
            (partner, w.Matters.Where((m, i) => m.Responsible == partner || i % 4 == 0).ToList()),
            (solicitor, w.Matters.Where(m => m.Responsible == solicitor).ToList()),
            (paralegal, w.Matters.Where(m => m.Area is Conveyancing or Litigation or PrivateClient).ToList()),
        };
        var first = w.Today.AddDays(-364);
        var holidays = WorkingDays.BankHolidays(first.Year).Concat(WorkingDays.BankHolidays(w.Today.Year)).ToHashSet();
        for (var day = first; day <= w.Today; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || holidays.Contains(day))
                continue;
            foreach (var (user, pool) in pools)
            {
                var live = pool.Where(m => m.OpenedOn <= day).ToList();
                if (live.Count == 0 || rng.Next(100) < 6) // a day of leave, or out of the office
                    continue;
                var entries = rng.Next(3, 8);
                for (var i = 0; i < entries; i++)
                    work.Time.Add(Entry(rng, s, user, live[rng.Next(live.Count)], day));
            }
        }
        foreach (var m in w.Matters)
        {
            var options = BillingDemoText.Disbursements.GetValueOrDefault(m.Area) ?? BillingDemoText.Disbursements[Litigation];
            var span = w.Today.DayNumber - 1 - (m.OpenedOn.DayNumber + 3);
            if (span <= 0)
                continue;
            foreach (var (text, supplier, minor, vat, agent) in options.Where(_ => rng.Next(100) < 70))
            {
                var date = m.OpenedOn.AddDays(3 + rng.Next(span));
                work.Disbursements.Add(new Disbursement
                {
                    MatterId = m.Id, Date = date, Description = text, Supplier = supplier, SupplierReference = $"{rng.Next(100_000, 999_999)}",
                    AmountMinor = minor, VatRateBp = vat, IsAgentDisbursement = agent, Paid = true, PaidOn = date,
                    RecordedByUserId = m.Responsible, CreatedAt = At(date, rng), Version = 1,
                });
            }
        }
        return work;
    }

    private static TimeEntry Entry(Random rng, BillingDemoSetup s, Guid user, DemoBillingMatter m, DateOnly day)
    {
        var roll = rng.Next(100);
        var billability = roll < 88 ? Billability.Billable : roll < 96 ? Billability.NonBillable : Billability.NoCharge;
        var area = BillingDemoText.Work.GetValueOrDefault(m.Area) ?? BillingDemoText.Work[Litigation];
        var litigation = area == BillingDemoText.Work[Litigation];
        var (code, narrative) = billability switch
        {
            Billability.Billable => area[rng.Next(area.Length)],
            Billability.NonBillable => (litigation ? "A111" : "ADM", BillingDemoText.NonBillable[rng.Next(BillingDemoText.NonBillable.Length)]),
            _ => (litigation ? "A106" : "COR", BillingDemoText.NoCharge[rng.Next(BillingDemoText.NoCharge.Length)]),
        };
        var minutes = MinuteChoices[rng.Next(MinuteChoices.Length)];
        var units = BillingRules.Units(minutes, UnitMinutes);
        var rate = RateRules.Resolve(s.Rates, new RateQuery(user, s.Grades.GetValueOrDefault(user), m.ClientId, m.Id, code, day));
        var created = At(day, rng);
        return new TimeEntry
        {
            MatterId = m.Id, UserId = user, RecordedByUserId = user, Date = day, Minutes = minutes, UnitMinutes = UnitMinutes, Units = units,
            ActivityCode = code, TaskCode = litigation ? BillingDemoText.LitigationTasks[rng.Next(BillingDemoText.LitigationTasks.Length)] : null,
            Narrative = narrative, Billability = billability, RateMinor = rate?.HourlyRateMinor ?? 0, RateId = rate?.Id,
            ValueMinor = billability == Billability.Billable && rate is not null ? BillingRules.Value(units, UnitMinutes, rate.HourlyRateMinor) : 0,
            Status = WipStatus.Unbilled, Approval = TimeApproval.NotRequired, CreatedAt = created, UpdatedAt = created, Version = 1,
        };
    }

    public static DateTime At(DateOnly day, Random rng) => day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddMinutes(rng.Next(0, 540));
}
