namespace CaseTrak.Web.Features.Contacts;

public sealed record ContactSummary(Guid Id, ContactKind Kind, string DisplayName, string? ClientCode, CddStatus CddStatus, bool Archived);

/// <summary>What other modules may read of contacts, and the one write they need (a client code).</summary>
public interface IContactDirectory
{
    Task<ContactSummary?> FindAsync(Guid contactId, CancellationToken ct);

    Task<IReadOnlyDictionary<Guid, ContactSummary>> FindManyAsync(IEnumerable<Guid> contactIds, CancellationToken ct);

    /// <summary>Gives the contact a unique client code ("SMIT01") when it has none; call inside the opening transaction.</summary>
    Task<string> EnsureClientCodeAsync(Guid contactId, CancellationToken ct);
}
