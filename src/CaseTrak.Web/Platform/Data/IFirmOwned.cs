namespace CaseTrak.Web.Platform.Data;

/// <summary>
/// A row that belongs to one firm. Its primary key is (FirmId, Id), the tenant query filter scopes it,
/// and the save guard stamps and checks its FirmId.
/// </summary>
public interface IFirmOwned
{
    Guid FirmId { get; }
    Guid Id { get; }
}

/// <summary>Base for firm-owned entities: a version-7 id made at construction, FirmId set by the save guard.</summary>
public abstract class FirmOwnedEntity : IFirmOwned
{
    public Guid FirmId { get; internal set; }
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
