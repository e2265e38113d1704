namespace CaseTrak.Web.Features.Matters;

public sealed record MatterSummary(Guid Id, string Reference, string Title, Guid ClientId, MatterStatus Status, Guid ResponsibleUserId);

/// <summary>What other modules may read of matters. Honours information barriers: a barred matter is null.</summary>
public interface IMatterDirectory
{
    Task<MatterSummary?> FindAsync(Guid matterId, CancellationToken ct);

    Task<IReadOnlyList<MatterSummary>> ForClientAsync(Guid contactId, CancellationToken ct);
}
