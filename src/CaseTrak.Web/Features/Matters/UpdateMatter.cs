using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// Only the fields present change. To empty an optional field, name it in <see cref="Clear"/>
/// (description, supervisingUserId, practiceAreaId, costEstimateMinor, customFields).
/// </summary>
public sealed record UpdateMatterRequest(
    [property: MaxLength(300)] string? Title = null,
    [property: MaxLength(4000)] string? Description = null,
    Guid? ResponsibleUserId = null,
    Guid? SupervisingUserId = null,
    Guid? PracticeAreaId = null,
    string? PracticeArea = null,
    [property: Range(0, long.MaxValue, ErrorMessage = "The cost estimate cannot be negative.")] long? CostEstimateMinor = null,
    [property: Range(1, 10_000, ErrorMessage = "The alert threshold is between 1 and 10000 basis points.")] int? CostAlertBp = null,
    Dictionary<string, JsonElement>? CustomFields = null,
    string? Status = null,
    string[]? Clear = null);

public sealed class UpdateMatterHandler(AppDbContext db, GetMatterHandler get, CustomFieldValues customFields, AuditLog audit, TimeProvider clock)
{
    private static readonly string[] Clearable = ["description", "supervisingUserId", "practiceAreaId", "costEstimateMinor", "customFields"];

    /// <param name="expectedVersion">The version the caller read (the API's If-Match); a newer one is a 412.</param>
    public async Task<MatterDto> HandleAsync(Guid id, UpdateMatterRequest request, int? expectedVersion, CancellationToken ct)
    {
        var matter = await get.LoadAsync(id, ct, tracked: true);
        if (expectedVersion is { } v && v != matter.Version)
            throw new PreconditionException(412, "This matter was changed since you loaded it. Reload and try again.");
        var clear = (request.Clear ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (clear.FirstOrDefault(c => !Clearable.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } bad)
            throw new RequestValidationException("clear", $"'{bad}' cannot be cleared. Clear one of: {string.Join(", ", Clearable)}.");
        if (matter.Status == MatterStatus.Archived)
            throw new DomainRuleException("matter.archived", "An archived matter cannot be changed.");

        var changed = new List<string>();
        if (request.Title is { } title && title.Trim() != matter.Title)
        {
            if (string.IsNullOrWhiteSpace(title))
                throw new RequestValidationException("title", "Enter a title for the matter.");
            matter.Title = title.Trim();
            changed.Add("title");
        }
        Set(matter.Description, clear.Contains("description") ? null : string.IsNullOrWhiteSpace(request.Description) ? matter.Description : request.Description.Trim(),
            v => matter.Description = v, "description");
        if (request.ResponsibleUserId is { } responsible && responsible != Guid.Empty && responsible != matter.ResponsibleUserId)
        {
            await MatterLookups.EnsureActiveUserAsync(db, responsible, "responsibleUserId", ct);
            matter.ResponsibleUserId = responsible;
            changed.Add("responsibleUserId");
        }
        var supervising = clear.Contains("supervisingUserId") ? null : request.SupervisingUserId is { } s && s != Guid.Empty ? s : matter.SupervisingUserId;
        if (supervising != matter.SupervisingUserId)
        {
            if (supervising is { } sv)
                await MatterLookups.EnsureActiveUserAsync(db, sv, "supervisingUserId", ct);
            Set(matter.SupervisingUserId, supervising, v => matter.SupervisingUserId = v, "supervisingUserId");
        }
        var area = clear.Contains("practiceAreaId") ? null
            : await MatterLookups.PracticeAreaAsync(db, request.PracticeAreaId, request.PracticeArea, ct) ?? matter.PracticeAreaId;
        var areaChanged = area != matter.PracticeAreaId;
        Set(matter.PracticeAreaId, area, v => matter.PracticeAreaId = v, "practiceAreaId");
        Set(matter.CostEstimateMinor, clear.Contains("costEstimateMinor") ? null : request.CostEstimateMinor ?? matter.CostEstimateMinor,
            v => matter.CostEstimateMinor = v, "costEstimateMinor");
        Set(matter.CostAlertBp, request.CostAlertBp ?? matter.CostAlertBp, v => matter.CostAlertBp = v, "costAlertBp");
        if (request.CustomFields is not null || areaChanged || clear.Contains("customFields"))
        {
            var values = clear.Contains("customFields") ? null : request.CustomFields ?? CustomFieldValues.Read(matter.CustomFields);
            Set(matter.CustomFields, await customFields.NormaliseAsync(matter.PracticeAreaId, values, ct), v => matter.CustomFields = v, "customFields");
        }
        ChangeStatus(matter, request.Status);

        if (changed.Count > 0)
        {
            matter.Version++;
            matter.LastActivityAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(AuditAction.MatterUpdated, "Matter", matter.Id, details: new { fields = changed });
            await db.SaveChangesAsync(ct);
        }
        return await get.ToDtoAsync(matter, ct);

        void Set<T>(T current, T next, Action<T> apply, string field)
        {
            if (EqualityComparer<T>.Default.Equals(current, next))
                return;
            apply(next);
            changed.Add(field);
        }

        void ChangeStatus(Matter m, string? statusText)
        {
            if (ApiEnums.ParseOptional<MatterStatus>(statusText, "status") is not { } to || to == m.Status)
                return;
            if (to == MatterStatus.Closed)
                throw new DomainRuleException("matter.close_via_endpoint", "Close the matter with the close action, which checks what must be done first.");
            if (!MatterTransitions.IsAllowed(m.Status, to))
                throw new DomainRuleException("matter.status_transition_not_allowed",
                    $"A matter that is {ApiEnums.Name(m.Status)} cannot become {ApiEnums.Name(to)}.");
            audit.Record(AuditAction.MatterStatusChanged, "Matter", m.Id, details: new { from = ApiEnums.Name(m.Status), to = ApiEnums.Name(to) });
            if (m.Status == MatterStatus.Closed && to == MatterStatus.Open)
                m.ClosedAt = null;
            m.Status = to;
            changed.Add("status");
        }
    }
}
