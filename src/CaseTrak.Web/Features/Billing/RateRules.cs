namespace CaseTrak.Web.Features.Billing;

/// <summary>Who is doing what, for whom and when: what a rate is resolved for.</summary>
public sealed record RateQuery(Guid UserId, FeeEarnerGrade? Grade, Guid ClientId, Guid MatterId, string? ActivityCode, DateOnly On);

/// <summary>A rate as the resolver sees it.</summary>
public sealed record RateCandidate(Guid Id, RateScope Scope, FeeEarnerGrade? Grade, Guid? UserId, Guid? ClientId, Guid? MatterId,
    string? ActivityCode, long HourlyRateMinor, DateOnly EffectiveFrom);

/// <summary>
/// UK-RULES (Time): the most specific of matter + activity, matter, client, fee earner, grade, firm default
/// wins; within one level, the latest rate effective on the day of the work.
/// </summary>
public static class RateRules
{
    public static RateCandidate? Resolve(IEnumerable<RateCandidate> rates, RateQuery query) => rates
        .Where(r => r.EffectiveFrom <= query.On && Applies(r, query))
        .OrderByDescending(r => r.Scope)
        .ThenByDescending(r => r.EffectiveFrom)
        .ThenByDescending(r => r.Id)
        .FirstOrDefault();

    public static bool Applies(RateCandidate rate, RateQuery query) => rate.Scope switch
    {
        RateScope.FirmDefault => true,
        RateScope.Grade => query.Grade is { } grade && rate.Grade == grade,
        RateScope.FeeEarner => rate.UserId == query.UserId,
        RateScope.Client => rate.ClientId == query.ClientId,
        RateScope.Matter => rate.MatterId == query.MatterId,
        RateScope.MatterActivity => rate.MatterId == query.MatterId && query.ActivityCode is not null
            && string.Equals(rate.ActivityCode, query.ActivityCode, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
