using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <param name="Source">firm (the firm's own list) or utbms.</param>
/// <param name="Kind">activity (for activityCode) or task (a UTBMS litigation task, for taskCode).</param>
public sealed record ActivityCodeDto(string Code, string Name, string Source, string Kind, string? Phase);

public sealed record CreateActivityCodeRequest(
    [property: Required(ErrorMessage = "Enter a code."), MaxLength(20)] string Code,
    [property: Required(ErrorMessage = "Enter a name."), MaxLength(200)] string Name);

/// <summary>The codes time can carry: the firm's own activities, the UTBMS activities (A101…) and the UTBMS litigation tasks (L110…).</summary>
public sealed class ActivityCodesHandler(AppDbContext db, CurrentUser me, AuditLog audit)
{
    public async Task<IReadOnlyList<ActivityCodeDto>> ListAsync(CancellationToken ct)
    {
        var firm = await db.Set<ActivityCode>().AsNoTracking().Where(a => a.Active).OrderBy(a => a.Code).Select(a => new { a.Code, a.Name }).ToListAsync(ct);
        return firm.Select(a => new ActivityCodeDto(a.Code, a.Name, "firm", "activity", null))
            .Concat(Utbms.ActivityCodes.Select(c => new ActivityCodeDto(c.Code, c.Name, "utbms", "activity", null)))
            .Concat(Utbms.TaskCodes.Select(c => new ActivityCodeDto(c.Code, c.Name, "utbms", "task", c.Phase)))
            .ToList();
    }

    public async Task<ActivityCodeDto> CreateAsync(CreateActivityCodeRequest request, CancellationToken ct)
    {
        BillingAccess.EnsureManager(await me.LoadAsync(ct), "add activity codes");
        var code = TimeEntryFields.Code(request.Code, "code") ?? throw new RequestValidationException("code", "Enter a code.");
        if (string.IsNullOrWhiteSpace(request.Name))
            throw new RequestValidationException("name", "Enter a name.");
        if (Utbms.Find(code) is not null || await db.Set<ActivityCode>().AnyAsync(a => a.Code == code, ct))
            throw new ConflictException("activity_code.taken", $"The code {code} is already in use.");
        var row = new ActivityCode { Code = code, Name = request.Name.Trim() };
        db.Add(row);
        audit.Record(AuditAction.BillingSettingsChanged, "ActivityCode", row.Id, details: new { code });
        await db.SaveChangesAsync(ct);
        return new(row.Code, row.Name, "firm", "activity", null);
    }

    /// <summary>An activity code must be the firm's or a UTBMS activity; a task code must be a UTBMS litigation task.</summary>
    public async Task EnsureKnownAsync(string? activityCode, string? taskCode, CancellationToken ct)
    {
        if (taskCode is not null && !Utbms.IsTaskCode(taskCode))
            throw new RequestValidationException("taskCode", "Choose a UTBMS litigation task code (L110 to L530).");
        if (activityCode is not null && !Utbms.IsActivityCode(activityCode)
            && !await db.Set<ActivityCode>().AnyAsync(a => a.Code == activityCode && a.Active, ct))
            throw new RequestValidationException("activityCode", "Choose one of the firm's activity codes or a UTBMS activity code (A101 to A111).");
    }
}
