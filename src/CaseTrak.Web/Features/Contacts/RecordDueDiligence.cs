using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// Adds a due-diligence record. Records are never changed: the newest supersedes the others, and the
/// contact keeps a copy of its outcome (status, risk, ID expiry) for lists and for the money and time gates.
/// </summary>
public sealed class RecordDueDiligenceHandler(AppDbContext db, GetContactHandler get, AuditLog audit, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<DueDiligenceDto> HandleAsync(Guid contactId, RecordDueDiligenceRequest request, CancellationToken ct)
    {
        var contact = await get.LoadAsync(contactId, ct, tracked: true);
        if (request.Status is not { } status || !Enum.IsDefined(status))
            throw new RequestValidationException("status", "Choose the due-diligence status.");
        if (request.RiskLevel is { } risk && !Enum.IsDefined(risk))
            throw new RequestValidationException("riskLevel", "Choose low, medium or high.");
        var recorder = http.HttpContext!.User.UserId();
        var approver = request.SeniorApprovalByUserId is { } approverId
            ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == approverId && !u.Disabled, ct)
            : null;
        var now = clock.GetUtcNow().UtcDateTime;
        DueDiligenceRules.Check(contact, request, status, recorder, approver, DateOnly.FromDateTime(Display.ToUk(now)));
        var owners = await OwnersAsync(request.BeneficialOwners ?? [], ct);

        var record = new DueDiligenceRecord
        {
            ContactId = contactId,
            Status = status,
            Method = ContactRules.Blank(request.Method),
            EvidenceType = ContactRules.Blank(request.EvidenceType),
            EvidenceNumberMasked = DueDiligenceRules.Mask(request.EvidenceNumber),
            EvidenceExpiresOn = request.EvidenceExpiresOn,
            VerifiedOn = request.VerifiedOn,
            VerifiedByUserId = request.VerifiedOn is null ? null : recorder,
            RiskLevel = request.RiskLevel,
            RiskReasons = ContactRules.Blank(request.RiskReasons),
            Pep = request.Pep ?? false,
            HighRiskCountry = request.HighRiskCountry ?? false,
            SourceOfFunds = ContactRules.Blank(request.SourceOfFunds),
            SourceOfWealth = ContactRules.Blank(request.SourceOfWealth),
            SeniorApprovalByUserId = approver?.Id,
            SeniorApprovalOn = approver is null ? null : request.SeniorApprovalOn ?? DateOnly.FromDateTime(Display.ToUk(now)),
            Reason = Join(ContactRules.Blank(request.Reason), ContactRules.Blank(request.NoBeneficialOwnersReason) is { } none
                ? $"No beneficial owners over 25%: {none}" : null),
            RecordedByUserId = recorder,
            RecordedAt = now,
        };
        db.Add(record);
        var rows = owners.Select(o => new BeneficialOwner { RecordId = record.Id, ContactId = o.ContactId, Name = o.Name!.Trim(), ShareBp = o.ShareBp }).ToList();
        db.AddRange(rows);

        (contact.CddStatus, contact.CddRiskLevel, contact.CddIdExpiresOn) = (status, record.RiskLevel, record.EvidenceExpiresOn);
        contact.UpdatedAt = now;
        audit.Record(AuditAction.DueDiligenceRecorded, "Contact", contactId, details: new
        {
            recordId = record.Id,
            status = ApiNames.Of(status),
            enhanced = record.Pep || record.HighRiskCountry || record.RiskLevel == RiskLevel.High,
            beneficialOwners = rows.Count,
        });
        await db.SaveChangesAsync(ct);
        return DueDiligenceDto.From(record, rows);
    }

    private async Task<IReadOnlyList<BeneficialOwnerInput>> OwnersAsync(BeneficialOwnerInput[] owners, CancellationToken ct)
    {
        var ids = owners.Where(o => o.ContactId is not null).Select(o => o.ContactId!.Value).Distinct().ToList();
        if (ids.Count > 0 && await db.Set<Contact>().CountAsync(c => ids.Contains(c.Id), ct) != ids.Count)
            throw new RequestValidationException("beneficialOwners", "A beneficial owner's contact must be one of your firm's contacts.");
        return owners;
    }

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : $"{a}\n{b}";
}
