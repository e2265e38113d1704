namespace CaseTrak.Bench.Seeding;

/// <summary>
/// The seeded client-money ledger in compact arrays, journal by journal in date order over the last three years:
/// each journal a receipt (positive) or a payment out (negative) on one open matter, never taking a matter below
/// zero. One matter (<see cref="HeavyMatter"/>) holds <see cref="LedgerSeeder.HeavyRows"/> client-ledger rows.
/// </summary>
internal sealed class LedgerPlan
{
    public const int Days = 1095;

    public int[] Matter { get; }
    public long[] Amount { get; }
    public int[] Day { get; }
    public long[] Balances { get; }
    public int[] LastDay { get; }
    public int HeavyMatter { get; }
    public int Count => Amount.Length;

    public LedgerPlan(BenchFirm firm, IReadOnlyList<FirmSeeder.PlannedMatter> matters, int journals)
    {
        var open = matters.Where(m => m.Status == 1).Select(m => m.Index).ToArray();
        HeavyMatter = open[0];
        var random = new Random(firm.Seed + 10);
        (Matter, Amount, Day) = (new int[journals], new long[journals], new int[journals]);
        (Balances, LastDay) = (new long[matters.Count], new int[matters.Count]);
        var heavyEvery = Math.Max(1, journals / LedgerSeeder.HeavyRows);
        for (var j = 0; j < journals; j++)
        {
            var m = j % heavyEvery == 0 ? HeavyMatter : open[random.Next(1, open.Length)];
            var wanted = random.Next(100, 500_000) * 10L; // £10 – £50,000
            var amount = Balances[m] > 0 && random.NextDouble() < 0.45 ? -Math.Min(Balances[m], wanted) : wanted;
            Balances[m] += amount;
            (Matter[j], Amount[j], Day[j]) = (m, amount, (int)((long)j * Days / journals));
            LastDay[m] = Day[j];
        }
    }

    /// <summary>Journal i's date: <see cref="Days"/> days up to the seed's "today".</summary>
    public static DateOnly DateOf(int day) => TimeSeeder.Today.AddDays(day - Days);
}
