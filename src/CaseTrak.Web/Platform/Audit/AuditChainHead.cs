namespace CaseTrak.Web.Platform.Audit;

/// <summary>
/// The last sealed event of a firm's chain. Locking this row serialises appends per firm, and comparing it
/// with the table catches a deleted tail.
/// </summary>
public sealed class AuditChainHead
{
    public Guid FirmId { get; init; }
    public long LastSeq { get; set; }
    public string LastHash { get; set; } = AuditHasher.Genesis;
}

/// <summary>The firm's chain head as read under its row lock inside <paramref name="Transaction"/>.</summary>
internal sealed record LockedAuditHead(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? Transaction, Guid FirmId, long LastSeq, string LastHash);
