namespace CaseTrak.Web.Features.Contacts;

/// <summary>What another module wants to do for a client that MLR 2017 gates on due diligence.</summary>
public enum CddPurpose { TakeClientMoney, RecordTime }

/// <param name="Allowed">Whether the step may go ahead.</param>
/// <param name="Code">Why not, as a stable code (e.g. "cdd.incomplete", "cdd.id_expired", "cdd.enhanced_checks_missing").</param>
/// <param name="Reason">The same in plain English for the user.</param>
/// <param name="ByException">Allowed only because a recorded exception to due diligence applies.</param>
public sealed record CddClearance(bool Allowed, string? Code, string Reason, bool ByException = false);

/// <summary>
/// The contract billing and client money call: "may this client's matter take client money / record more
/// time?" (UK-RULES.md, AML). Answers from the latest due-diligence record, including recorded exceptions.
/// </summary>
public interface IClientDueDiligence
{
    Task<CddClearance> CheckAsync(Guid contactId, CddPurpose purpose, CancellationToken ct);
}
