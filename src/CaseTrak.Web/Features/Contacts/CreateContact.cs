using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Contacts;

/// <param name="ConfirmDuplicate">Create even though similar contacts exist (the caller has seen them).</param>
public sealed record CreateContactRequest(
    ContactKind? Kind,
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
    [property: MaxLength(4000)] string? Notes,
    bool ConfirmDuplicate = false)
{
    public ContactFields Fields() => new(Title, FirstName, MiddleNames, LastName, FormerNames ?? [], DateOfBirth, Name, CompanyNumber,
        TradingNames ?? [], Email, Phone, Address ?? ContactFields.NoAddress, Notes);
}

/// <summary>Either the new contact, or (nothing created) the contacts it may duplicate.</summary>
public sealed record CreateContactResult(ContactDto? Contact, IReadOnlyList<DuplicateCandidate> PossibleDuplicates);

public sealed class CreateContactHandler(AppDbContext db, ContactNameIndex names, FindDuplicateContactsHandler duplicates,
    AuditLog audit, TimeProvider clock)
{
    public async Task<CreateContactResult> HandleAsync(CreateContactRequest request, CancellationToken ct)
    {
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
            throw new RequestValidationException("kind", "Choose whether the contact is a person or an organisation.");
        var now = clock.GetUtcNow().UtcDateTime;
        var fields = ContactRules.Clean(kind, request.Fields(), DateOnly.FromDateTime(Display.ToUk(now)));
        if (!request.ConfirmDuplicate && await duplicates.HandleAsync(kind, fields, ct) is { Count: > 0 } candidates)
            return new(null, candidates);

        var contact = new Contact { Kind = kind, CreatedAt = now, UpdatedAt = now, Version = 1 };
        fields.ApplyTo(contact);
        db.Add(contact);
        await names.ReplaceAsync(contact, fields.FormerNames, fields.TradingNames, isNew: true, ct);
        audit.Record(AuditAction.ContactCreated, "Contact", contact.Id, details: new
        {
            kind = ApiNames.Of(kind),
            fields = fields.ChangedFrom(ContactFields.Of(new Contact(), [])),
            confirmedDuplicate = request.ConfirmDuplicate,
        });
        await db.SaveChangesAsync(ct);
        return new(ContactDto.From(contact, await names.LoadAsync(contact.Id, ct), []), []);
    }
}

internal static class ApiNames
{
    /// <summary>An enum value as the API spells it ("organisation", "inProgress").</summary>
    public static string Of<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
