using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using CaseTrak.Web.Features.Conflicts;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

/// <param name="PracticeArea">A practice area by name; <paramref name="PracticeAreaId"/> wins when both are sent.</param>
/// <param name="Status">"open" (default) or "enquiry".</param>
public sealed record OpenMatterRequest(
    Guid ClientId,
    [property: Required(ErrorMessage = "Enter a title for the matter."), MaxLength(300)] string Title,
    Guid ConflictCheckId,
    string? PracticeArea = null,
    Guid? PracticeAreaId = null,
    Guid? ResponsibleUserId = null,
    Guid? SupervisingUserId = null,
    [property: MaxLength(4000)] string? Description = null,
    [property: Range(0, long.MaxValue, ErrorMessage = "The cost estimate cannot be negative.")] long? CostEstimateMinor = null,
    Dictionary<string, JsonElement>? CustomFields = null,
    string? Status = null);

/// <summary>
/// Opens a matter for an existing client on a decided, clear or waived conflict check that has opened no
/// other matter (SRA Code 6.2). The reference is taken in the same transaction as the insert.
/// </summary>
public sealed class OpenMatterHandler(AppDbContext db, IContactDirectory contacts, IConflictChecks conflicts, MatterReferences references,
    FirmCounters counters, CustomFieldValues customFields, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(OpenMatterRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Title))
            throw new RequestValidationException("title", "Enter a title for the matter.");
        var status = ApiEnums.ParseOptional<MatterStatus>(request.Status, "status") ?? MatterStatus.Open;
        if (status is not (MatterStatus.Open or MatterStatus.Enquiry))
            throw new RequestValidationException("status", "A new matter is open or an enquiry.");

        var client = await contacts.FindAsync(request.ClientId, ct)
            ?? throw new RequestValidationException("clientId", "Choose an existing contact as the client.");
        if (client.Archived)
            throw new DomainRuleException("matter.client_archived", "This contact is archived. Restore it before opening a matter for it.");
        await EnsureClearedAsync(request, ct);

        var responsible = request.ResponsibleUserId is { } r && r != Guid.Empty ? r : me.Id;
        await MatterLookups.EnsureActiveUserAsync(db, responsible, "responsibleUserId", ct);
        if (request.SupervisingUserId is { } s && s != Guid.Empty)
            await MatterLookups.EnsureActiveUserAsync(db, s, "supervisingUserId", ct);
        var practiceAreaId = await MatterLookups.PracticeAreaAsync(db, request.PracticeAreaId, request.PracticeArea, ct);
        var values = await customFields.NormaliseAsync(practiceAreaId, request.CustomFields, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A firm-wide count taken first queues parallel openings behind each other, so the "check used" test
        // and the client's first client code below are decided one opening at a time.
        await counters.NextAsync("matter", ct);
        // Existence only, nothing shown: a check already used on a restricted matter is still used.
        if (await db.IncludingBarredForRedaction<Matter>().AnyAsync(m => m.ConflictCheckId == request.ConflictCheckId, ct))
            throw new DomainRuleException("matter.conflict_check_used", "This conflict check has already opened a matter. Run a new check for this matter.");

        var matter = new Matter
        {
            Reference = await references.NextAsync(client.Id, ct),
            ClientId = client.Id,
            Title = request.Title.Trim(),
            Description = Blank(request.Description),
            PracticeAreaId = practiceAreaId,
            Status = status,
            ResponsibleUserId = responsible,
            SupervisingUserId = request.SupervisingUserId is { } sv && sv != Guid.Empty ? sv : null,
            ConflictCheckId = request.ConflictCheckId,
            CostEstimateMinor = request.CostEstimateMinor,
            CustomFields = values,
            OpenedOn = DateOnly.FromDateTime(now),
            CreatedAt = now,
            LastActivityAt = now,
        };
        db.Add(matter);
        db.Add(new MatterParty { MatterId = matter.Id, ContactId = client.Id, Role = PartyRole.Client, AddedAt = now });
        audit.Record(AuditAction.MatterOpened, "Matter", matter.Id, details: new
        {
            reference = matter.Reference, clientId = client.Id, conflictCheckId = request.ConflictCheckId, status = ApiEnums.Name(status),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return matter.Id;
    }

    private async Task EnsureClearedAsync(OpenMatterRequest request, CancellationToken ct)
    {
        var check = request.ConflictCheckId == Guid.Empty ? null : await conflicts.FindAsync(request.ConflictCheckId, ct);
        if (check is null)
            throw new DomainRuleException("matter.conflict_check_required", "Run a conflict check for this client before opening the matter.");
        if (check.Decision == ConflictDecision.Pending)
            throw new DomainRuleException("matter.conflict_check_required", "Record the decision on the conflict check before opening the matter.");
        if (check.Decision is not (ConflictDecision.Clear or ConflictDecision.Waived))
            throw new DomainRuleException("matter.conflict_not_cleared", "The conflict check found a conflict that was not waived, so the matter cannot open.");
        if (check.ClientId is { } checkedFor && checkedFor != request.ClientId)
            throw new DomainRuleException("matter.conflict_check_other_client", "This conflict check was run for another client.");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
