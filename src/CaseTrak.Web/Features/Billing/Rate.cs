using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Where a rate applies, most specific last: the resolver takes the most specific that matches.</summary>
public enum RateScope { FirmDefault, Grade, FeeEarner, Client, Matter, MatterActivity }

/// <summary>
/// An hourly rate from a day onwards. Rates are never edited: a new rate with a later EffectiveFrom takes
/// over, so time recorded earlier keeps the rate it was valued at (and the resolver can show its working).
/// </summary>
public sealed class Rate : FirmOwnedEntity
{
    public RateScope Scope { get; init; }
    public FeeEarnerGrade? Grade { get; init; }
    public Guid? UserId { get; init; }
    public Guid? ClientId { get; init; }
    public Guid? MatterId { get; init; }
    public string? ActivityCode { get; init; }
    public long HourlyRateMinor { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public Guid CreatedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
}

/// <summary>One code in the firm's own list of activities, shown beside the UTBMS codes shipped as data.</summary>
public sealed class ActivityCode : FirmOwnedEntity
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
}

/// <summary>A client's billing terms: its own time unit and the ids its e-billing system expects.</summary>
public sealed class ClientBillingTerms : FirmOwnedEntity
{
    public Guid ClientId { get; init; }
    public int? TimeUnitMinutes { get; set; }
    /// <summary>LEDES CLIENT_ID: the client's own identifier for itself, when its e-billing system needs one.</summary>
    public string? LedesClientId { get; set; }
    public int Version { get; set; }
}
