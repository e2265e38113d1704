using CaseTrak.Web.Features.Billing;

namespace CaseTrak.UnitTests.Billing;

/// <summary>UK-RULES (Time): matter + activity &gt; matter &gt; client &gt; fee earner &gt; grade &gt; firm default; latest effective on the day.</summary>
public sealed class RateRulesTests
{
    private static readonly Guid User = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid OtherUser = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    private static readonly Guid Client = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    private static readonly Guid Matter = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
    private static readonly Guid OtherMatter = Guid.Parse("00000000-0000-0000-0000-0000000000d2");
    private static readonly DateOnly Jan1 = new(2026, 1, 1);
    private static readonly DateOnly Work = new(2026, 6, 15);

    private static RateQuery Query(string? activity = "A103", FeeEarnerGrade? grade = FeeEarnerGrade.B, DateOnly? on = null) =>
        new(User, grade, Client, Matter, activity, on ?? Work);

    private static RateCandidate Rate(RateScope scope, long minor, DateOnly? from = null, FeeEarnerGrade? grade = null,
        Guid? user = null, Guid? client = null, Guid? matter = null, string? activity = null, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), scope, grade, user, client, matter, activity, minor, from ?? Jan1);

    private static List<RateCandidate> AllLevels() =>
    [
        Rate(RateScope.FirmDefault, 100),
        Rate(RateScope.Grade, 200, grade: FeeEarnerGrade.B),
        Rate(RateScope.FeeEarner, 300, user: User),
        Rate(RateScope.Client, 400, client: Client),
        Rate(RateScope.Matter, 500, matter: Matter),
        Rate(RateScope.MatterActivity, 600, matter: Matter, activity: "A103"),
    ];

    [Fact]
    public void The_most_specific_level_wins_and_each_level_gives_way_in_order()
    {
        var rates = AllLevels();
        foreach (var expected in new long[] { 600, 500, 400, 300, 200, 100 })
        {
            var resolved = RateRules.Resolve(rates, Query());
            Assert.Equal(expected, resolved!.HourlyRateMinor);
            rates.Remove(resolved);
        }
        Assert.Null(RateRules.Resolve(rates, Query()));
    }

    [Fact]
    public void A_matter_activity_rate_applies_only_to_its_activity_case_insensitively()
    {
        var rates = AllLevels();
        Assert.Equal(500, RateRules.Resolve(rates, Query(activity: "A104"))!.HourlyRateMinor);
        Assert.Equal(500, RateRules.Resolve(rates, Query(activity: null))!.HourlyRateMinor);
        Assert.Equal(600, RateRules.Resolve(rates, Query(activity: "a103"))!.HourlyRateMinor);
    }

    [Fact]
    public void Rates_for_other_matters_users_clients_and_grades_do_not_apply()
    {
        RateCandidate[] rates =
        [
            Rate(RateScope.FirmDefault, 100),
            Rate(RateScope.Grade, 200, grade: FeeEarnerGrade.A),
            Rate(RateScope.FeeEarner, 300, user: OtherUser),
            Rate(RateScope.Client, 400, client: Guid.NewGuid()),
            Rate(RateScope.Matter, 500, matter: OtherMatter),
            Rate(RateScope.MatterActivity, 600, matter: OtherMatter, activity: "A103"),
        ];
        Assert.Equal(100, RateRules.Resolve(rates, Query())!.HourlyRateMinor);
    }

    [Fact]
    public void A_fee_earner_without_a_grade_skips_grade_rates() =>
        Assert.Equal(100, RateRules.Resolve([Rate(RateScope.FirmDefault, 100), Rate(RateScope.Grade, 200, grade: FeeEarnerGrade.B)],
            Query(grade: null))!.HourlyRateMinor);

    [Fact]
    public void The_latest_rate_effective_on_the_day_wins_within_a_level()
    {
        RateCandidate[] rates =
        [
            Rate(RateScope.Matter, 500, from: new DateOnly(2025, 1, 1), matter: Matter),
            Rate(RateScope.Matter, 550, from: new DateOnly(2026, 6, 15), matter: Matter),
            Rate(RateScope.Matter, 600, from: new DateOnly(2026, 6, 16), matter: Matter),
        ];
        Assert.Equal(550, RateRules.Resolve(rates, Query(on: new DateOnly(2026, 6, 15)))!.HourlyRateMinor); // effective on its first day
        Assert.Equal(500, RateRules.Resolve(rates, Query(on: new DateOnly(2026, 6, 14)))!.HourlyRateMinor);
        Assert.Equal(600, RateRules.Resolve(rates, Query(on: new DateOnly(2027, 1, 1)))!.HourlyRateMinor);
    }

    [Fact]
    public void A_more_specific_rate_not_yet_in_force_gives_way_to_a_general_one_in_force()
    {
        RateCandidate[] rates = [Rate(RateScope.FirmDefault, 100), Rate(RateScope.Matter, 500, from: new DateOnly(2026, 7, 1), matter: Matter)];
        Assert.Equal(100, RateRules.Resolve(rates, Query())!.HourlyRateMinor);
    }

    [Fact]
    public void No_rate_in_force_resolves_to_nothing() =>
        Assert.Null(RateRules.Resolve([Rate(RateScope.FirmDefault, 100, from: new DateOnly(2027, 1, 1))], Query()));

    [Fact]
    public void Two_rates_on_the_same_level_and_day_resolve_the_same_way_whatever_their_order()
    {
        var a = Rate(RateScope.Client, 400, client: Client, id: Guid.Parse("00000000-0000-0000-0000-000000000001"));
        var b = Rate(RateScope.Client, 450, client: Client, id: Guid.Parse("00000000-0000-0000-0000-000000000002"));
        var first = RateRules.Resolve([a, b], Query());
        Assert.Equal(first, RateRules.Resolve([b, a], Query()));
    }
}
