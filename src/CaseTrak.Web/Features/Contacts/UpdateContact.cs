using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// PATCH: a field left out (null) keeps its value; an empty string clears it; a list or an address, when
/// present, replaces the old one whole. The kind never changes.
/// </summary>
public sealed record UpdateContactRequest(
    [property: MaxLength(20)] string? Title,
    [property: MaxLength(100)] string? FirstName,
    [property: MaxLength(100)] string? MiddleNames,
    [property: MaxLength(100)] string? LastName,
    string[]? FormerNames,
    DateOnly? DateOfBirth,
    [property: MaxLength(200)] string? Name,
    [property: MaxLength(20)] string? CompanyNumber,
    string[]? TradingNames,
    [property: MaxLength(256)] string? Email,
    [property: MaxLength(100)] string? Phone,
    AddressDto? Address,
    [property: MaxLength(4000)] string? Notes)
{
    public ContactFields MergeInto(ContactFields f) => new(Title ?? f.Title, FirstName ?? f.FirstName, MiddleNames ?? f.MiddleNames,
        LastName ?? f.LastName, FormerNames ?? f.FormerNames, DateOfBirth ?? f.DateOfBirth, Name ?? f.Name, CompanyNumber ?? f.CompanyNumber,
        TradingNames ?? f.TradingNames, Email ?? f.Email, Phone ?? f.Phone, Address ?? f.Address, Notes ?? f.Notes);

    /// <summary>For a form that shows every field: what it leaves empty is cleared.</summary>
    public ContactFields Whole() => new(Title, FirstName, MiddleNames, LastName, FormerNames ?? [], DateOfBirth, Name, CompanyNumber,
        TradingNames ?? [], Email, Phone, Address ?? ContactFields.NoAddress, Notes);
}

public sealed class UpdateContactHandler(AppDbContext db, GetContactHandler get, ContactNameIndex names, AuditLog audit, TimeProvider clock)
{
    /// <param name="checkVersion">Throws when the caller's version is stale (If-Match, or the form's hidden Version).</param>
    /// <param name="whole">Treat the request as the whole record (the edit page) rather than a PATCH.</param>
    public async Task<ContactDto> HandleAsync(Guid id, UpdateContactRequest request, Action<Contact> checkVersion, bool whole, CancellationToken ct)
    {
        var contact = await get.LoadAsync(id, ct, tracked: true);
        checkVersion(contact);
        var before = ContactFields.Of(contact, await names.LoadAsync(id, ct));
        var now = clock.GetUtcNow().UtcDateTime;
        var after = ContactRules.Clean(contact.Kind, whole ? request.Whole() : request.MergeInto(before), DateOnly.FromDateTime(Display.ToUk(now)));
        var changed = after.ChangedFrom(before);
        if (changed.Count == 0)
            return await get.DtoAsync(contact, ct);

        after.ApplyTo(contact);
        contact.Version++;
        contact.UpdatedAt = now;
        await names.ReplaceAsync(contact, after.FormerNames, after.TradingNames, isNew: false, ct);
        audit.Record(AuditAction.ContactUpdated, "Contact", id, details: new { fields = changed });
        await db.SaveChangesAsync(ct);
        return await get.DtoAsync(contact, ct);
    }
}
