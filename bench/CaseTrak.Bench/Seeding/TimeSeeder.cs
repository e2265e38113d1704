using CaseTrak.Web.Features.Billing;
using Npgsql;
using T = NpgsqlTypes.NpgsqlDbType;

namespace CaseTrak.Bench.Seeding;

/// <summary>
/// Time and billing for the seeded firm: billing settings (the defaults), grade rates A–D, a fee-earner profile
/// per user, fixed-fee arrangements on every 40th matter, and Profile.TimeEntries time entries (skewed: five
/// matters hold 1/200 of them each, 50k at L) plus one disbursement per 50 entries. Entries of the last year on
/// every 8th matter that is not closed are unbilled ("WIP matters": about 9k at L, the billing run's work); all
/// other entries are billed. 85% billable, 10% non-billable, 5% no charge; 6-minute units.
/// </summary>
internal sealed class TimeSeeder(BenchFirm firm, IReadOnlyList<FirmSeeder.PlannedMatter> matters, TextWriter log)
{
    public static readonly DateOnly Today = new(2026, 11, 1);
    private static readonly DateTime Now = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly long[] GradeRates = [35_000, 27_500, 21_000, 14_500];
    private static readonly string[] Activities = ["A101", "A102", "A103", "A104", "A105", "A106", "A107", "A108", "A109", "A110", "A111"];
    private const int HeavyMatters = 5, Closed = 3;

    /// <summary>Matters whose last year of time is unbilled.</summary>
    public static bool IsWipMatter(int index, int status) => index % 8 == 0 && status != Closed;

    public static bool IsFixedFee(int index) => index % 40 == 0;

    public async Task SeedAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var copy = new BinaryCopy(conn);
        var f = firm.FirmId;
        var user0 = firm.UserId;
        await Report("billing_settings", copy.CopyAsync("billing_settings", ["firm_id", "id", "time_unit_minutes", "default_vat_rate_bp", "require_time_approval",
            "cdd_intake_allowance_minutes", "payment_terms_days", "invoice_prefix", "credit_note_prefix", "request_prefix", "version"],
            [[f, StableIds.For(StableIds.BillingSettings, 0), 6, 2000, false, 60, 30, "INV-", "CN-", "RFP-", 1]],
            [T.Uuid, T.Uuid, T.Integer, T.Integer, T.Boolean, T.Integer, T.Integer, T.Varchar, T.Varchar, T.Varchar, T.Integer], ct));
        await Report("rates", copy.CopyAsync("rates", ["firm_id", "id", "scope", "grade", "hourly_rate_minor", "effective_from", "created_by_user_id", "created_at"],
            GradeRates.Select((r, g) => new object?[] { f, StableIds.For(StableIds.Rate, g), (int)RateScope.Grade, g, r, new DateOnly(2020, 1, 1), user0, Now }),
            [T.Uuid, T.Uuid, T.Integer, T.Integer, T.Bigint, T.Date, T.Uuid, T.TimestampTz], ct));
        await Report("fee_earner_profiles", copy.CopyAsync("fee_earner_profiles", ["firm_id", "id", "user_id", "grade", "target_minutes_per_day", "version"],
            Enumerable.Range(0, firm.Profile.Users).Select(i => new object?[] { f, StableIds.For(StableIds.FeeEarnerProfile, i), StableIds.For(StableIds.User, i), i % 4, 330, 1 }),
            [T.Uuid, T.Uuid, T.Uuid, T.Integer, T.Integer, T.Integer], ct));
        await Report("fee_arrangements", copy.CopyAsync("fee_arrangements", ["firm_id", "id", "matter_id", "kind", "amount_minor", "version"],
            matters.Where(m => IsFixedFee(m.Index)).Select(m => new object?[] { f, StableIds.For(StableIds.FeeArrangement, m.Index), firm.MatterId(m.Index),
                (int)FeeArrangementKind.FixedFee, 150_000L, 1 }),
            [T.Uuid, T.Uuid, T.Uuid, T.Integer, T.Bigint, T.Integer], ct));

        var started = DateTime.UtcNow;
        var entries = await BulkLoad.WithoutIndexesAsync(conn, "time_entries", () => copy.CopyAsync("time_entries", EntryColumns, Entries(), EntryTypes, ct), ct);
        log.WriteLine($"    time_entries: {entries:N0} rows in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        await Report("disbursements", copy.CopyAsync("disbursements", ["firm_id", "id", "matter_id", "date", "description", "supplier", "amount_minor",
            "vat_rate_bp", "is_agent_disbursement", "paid", "status", "recorded_by_user_id", "created_at", "version"], Disbursements(),
            [T.Uuid, T.Uuid, T.Uuid, T.Date, T.Varchar, T.Varchar, T.Bigint, T.Integer, T.Boolean, T.Boolean, T.Integer, T.Uuid, T.TimestampTz, T.Integer], ct));
    }

    private async Task Report(string table, Task<long> copying) => log.WriteLine($"    {table}: {await copying:N0} rows");

    private static readonly string[] EntryColumns = ["firm_id", "id", "matter_id", "user_id", "recorded_by_user_id", "date", "minutes", "unit_minutes", "units",
        "activity_code", "narrative", "billability", "rate_minor", "rate_id", "value_minor", "status", "approval", "created_at", "updated_at", "version"];
    private static readonly NpgsqlTypes.NpgsqlDbType[] EntryTypes = [T.Uuid, T.Uuid, T.Uuid, T.Uuid, T.Uuid, T.Date, T.Integer, T.Integer, T.Integer,
        T.Varchar, T.Varchar, T.Integer, T.Bigint, T.Uuid, T.Bigint, T.Integer, T.Integer, T.TimestampTz, T.TimestampTz, T.Integer];

    /// <summary>Matter index per row: the heavy matters' share first, then uniform over all matters.</summary>
    private IEnumerable<int> MatterOfEachRow(Random random, int rows)
    {
        var heavy = matters.Where(m => IsWipMatter(m.Index, m.Status) && !IsFixedFee(m.Index)).Take(HeavyMatters).Select(m => m.Index).ToList();
        var perHeavy = rows / 200;
        foreach (var h in heavy)
            for (var i = 0; i < perHeavy; i++)
                yield return h;
        for (var i = heavy.Count * perHeavy; i < rows; i++)
            yield return random.Next(matters.Count);
    }

    private IEnumerable<object?[]> Entries()
    {
        var random = new Random(firm.Seed + 5);
        var narratives = Narratives(firm.Seed + 6);
        long n = 0;
        foreach (var index in MatterOfEachRow(random, firm.Profile.TimeEntries))
        {
            var m = matters[index];
            var date = DateIn(m, random);
            var user = random.NextDouble() < 0.7 ? m.User : random.Next(firm.Profile.Users);
            var grade = user % 4;
            var minutes = random.Next(1, 240);
            var units = BillingRules.Units(minutes, 6);
            var billability = random.NextDouble() switch { < 0.85 => Billability.Billable, < 0.95 => Billability.NonBillable, _ => Billability.NoCharge };
            var value = billability == Billability.Billable ? BillingRules.Value(units, 6, GradeRates[grade]) : 0;
            var userId = StableIds.For(StableIds.User, user);
            var at = date.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc);
            yield return [firm.FirmId, StableIds.For(StableIds.TimeEntry, n++), firm.MatterId(index), userId, userId, date, minutes, 6, units,
                random.Next(4) == 0 ? null : Activities[random.Next(Activities.Length)], narratives[random.Next(narratives.Length)], (int)billability,
                GradeRates[grade], StableIds.For(StableIds.Rate, grade), value, (int)StatusOf(m, date), (int)TimeApproval.NotRequired, at, at, 1];
        }
    }

    private IEnumerable<object?[]> Disbursements()
    {
        var random = new Random(firm.Seed + 7);
        var count = firm.Profile.TimeEntries / 50;
        for (var n = 0; n < count; n++)
        {
            var index = random.Next(matters.Count);
            var m = matters[index];
            var date = DateIn(m, random);
            var agent = random.NextDouble() < 0.3;
            yield return [firm.FirmId, StableIds.For(StableIds.Disbursement, n), firm.MatterId(index), date, agent ? "Court fee" : "Courier",
                agent ? "HMCTS" : "City Sprint", (long)random.Next(500, 60_000), agent ? 0 : 2000, agent, true, (int)StatusOf(m, date),
                StableIds.For(StableIds.User, m.User), date.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), 1];
        }
    }

    private static WipStatus StatusOf(FirmSeeder.PlannedMatter m, DateOnly date) =>
        IsWipMatter(m.Index, m.Status) && date > Today.AddDays(-365) ? WipStatus.Unbilled : WipStatus.Billed;

    /// <summary>A day in the last three years, not before the matter opened.</summary>
    private static DateOnly DateIn(FirmSeeder.PlannedMatter m, Random random)
    {
        var first = DateOnly.FromDateTime(m.OpenedAt);
        if (first < Today.AddDays(-1095))
            first = Today.AddDays(-1095);
        return first.AddDays(random.Next(Today.DayNumber - first.DayNumber + 1));
    }

    private static string[] Narratives(int seed)
    {
        var faker = new Bogus.Faker("en_GB") { Random = new Bogus.Randomizer(seed) };
        return Enumerable.Range(0, 2_000).Select(_ => faker.Lorem.Sentence(faker.Random.Int(4, 14))).ToArray();
    }
}
