namespace CaseTrak.Web.Features.Conflicts;

public sealed record ConflictCheckSummary(Guid Id, ConflictDecision Decision, Guid? ClientId, DateTime RunAt);

/// <summary>What the matters module needs: may a matter open on this check (decided clear or waived)?</summary>
public interface IConflictChecks
{
    Task<ConflictCheckSummary?> FindAsync(Guid checkId, CancellationToken ct);
}
