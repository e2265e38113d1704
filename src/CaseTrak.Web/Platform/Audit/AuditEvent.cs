using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Platform.Audit;

/// <summary>
/// One append-only audit row. Details hold ids and field names, never personal data values or secrets.
/// Seq and Hash are set by <see cref="AuditChain"/> when the event is saved.
/// </summary>
public sealed class AuditEvent : FirmOwnedEntity
{
    public long Seq { get; internal set; }
    public DateTime At { get; init; }
    public Guid? ActorId { get; init; }
    public AuditAction Action { get; init; }
    public string? TargetType { get; init; }
    public Guid? TargetId { get; init; }
    public AuditOutcome Outcome { get; init; }
    public string? IpAddress { get; init; }
    public string? Details { get; init; }
    public string PreviousHash { get; internal set; } = "";
    public string Hash { get; internal set; } = "";

    internal static AuditEvent Create(Guid firmId, DateTime at, Guid? actorId, AuditAction action, string? targetType,
        Guid? targetId, AuditOutcome outcome, string? ip, string? details) => new()
    {
        FirmId = firmId,
        At = AuditHasher.Truncate(at),
        ActorId = actorId,
        Action = action,
        TargetType = targetType,
        TargetId = targetId,
        Outcome = outcome,
        IpAddress = ip,
        Details = details,
    };
}
