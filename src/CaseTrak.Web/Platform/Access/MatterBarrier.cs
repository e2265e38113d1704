using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Platform.Access;

/// <summary>
/// A matter behind an information barrier (SRA Code 6.3–6.5). Its existence is the restriction; the members
/// are the only users (with the COLP) for whom the matter and everything on it exist at all.
/// </summary>
public sealed class MatterBarrier
{
    public Guid FirmId { get; internal set; }
    public Guid MatterId { get; init; }
    public DateTime CreatedAt { get; init; }
    public Guid CreatedByUserId { get; init; }
}

public sealed class MatterBarrierMember : FirmOwnedEntity
{
    public Guid MatterId { get; init; }
    public Guid UserId { get; init; }
}

/// <summary>A matter itself: barred by its own id.</summary>
public interface IBarrierRoot
{
    Guid Id { get; }
}

/// <summary>Anything that belongs to one matter and must vanish with it behind a barrier.</summary>
public interface IMatterScoped
{
    Guid MatterId { get; }
}

/// <summary>A row that may belong to a matter (a ledger line, a receipt in suspense): hidden with that matter, visible when it has none.</summary>
public interface IOptionallyMatterScoped
{
    Guid? MatterId { get; }
}
