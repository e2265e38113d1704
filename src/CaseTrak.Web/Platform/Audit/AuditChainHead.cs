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
