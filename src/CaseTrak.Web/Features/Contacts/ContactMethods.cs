using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Contacts;

/// <param name="Kind">email, phone or address.</param>
/// <param name="Label">What it is for: "Work", "Home", "Accounts".</param>
public sealed record AddContactMethodRequest(string? Kind, [property: MaxLength(50)] string? Label, [property: MaxLength(400)] string? Value);

/// <summary>Extra emails, phones and addresses beyond the primary ones on the contact.</summary>
public sealed class AddContactMethodHandler(AppDbContext db, GetContactHandler get, AuditLog audit)
{
    public static readonly string[] Kinds = ["email", "phone", "address"];

    public async Task<ContactMethodDto> HandleAsync(Guid contactId, AddContactMethodRequest request, CancellationToken ct)
    {
        await get.LoadAsync(contactId, ct);
        var kind = request.Kind?.Trim().ToLowerInvariant();
        if (kind is null || !Kinds.Contains(kind))
            throw new RequestValidationException("kind", "Choose email, phone or address.");
        var value = ContactRules.Blank(request.Value) ?? throw new RequestValidationException("value", kind switch
        {
            "email" => "Enter the email address.",
            "phone" => "Enter the phone number.",
            _ => "Enter the address.",
        });
        if (kind == "email" && !ContactRules.IsEmail(value))
            throw new RequestValidationException("value", "Enter an email address in the right format, like name@example.co.uk.");
        if (kind == "phone" && !ContactRules.IsPhone(value))
            throw new RequestValidationException("value", "Enter a phone number, like 020 7946 0000 or +44 20 7946 0000.");

        var method = new ContactMethod { ContactId = contactId, Kind = kind, Label = ContactRules.Blank(request.Label), Value = value };
        db.Add(method);
        audit.Record(AuditAction.ContactMethodAdded, "Contact", contactId, details: new { methodId = method.Id, kind });
        await db.SaveChangesAsync(ct);
        return new(method.Id, method.Kind, method.Label, method.Value);
    }
}
