using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

/// <param name="Grade">Null until a grade is set: then no grade rate applies to the user.</param>
public sealed record FeeEarnerProfileDto(Guid UserId, FeeEarnerGrade? Grade, int TargetMinutesPerDay, int Version);

/// <param name="Grade">A, B, C or D (the SCCO guideline grades).</param>
public sealed record SetFeeEarnerProfileRequest(
    [property: Required(ErrorMessage = "Choose a grade: A, B, C or D.")] string Grade,
    [property: Range(0, 1440, ErrorMessage = "The target is between 0 and 1440 minutes a day.")] int? TargetMinutesPerDay = null);

/// <summary>A user's grade and daily chargeable target. Without a saved profile a user has no grade and a target of 5.5 hours a day.</summary>
public sealed class FeeEarnerProfilesHandler(AppDbContext db, CurrentUser me, AuditLog audit)
{
    public async Task<FeeEarnerProfileDto> GetAsync(Guid userId, CancellationToken ct)
    {
        var actor = await me.LoadAsync(ct);
        if (userId != actor.Id && !actor.HasAnyRole(BillingAccess.Managers))
            throw new ForbiddenException("Only a Partner or an administrator may see another user's billing profile.");
        await EnsureUserAsync(userId, ct);
        var profile = await db.Set<FeeEarnerProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        return profile is null ? new(userId, null, 330, 0) : ToDto(profile);
    }

    public async Task<FeeEarnerProfileDto> SetAsync(Guid userId, SetFeeEarnerProfileRequest request, int? expectedVersion, CancellationToken ct)
    {
        BillingAccess.EnsureManager(await me.LoadAsync(ct), "set a fee earner's grade and target");
        await EnsureUserAsync(userId, ct);
        var grade = ApiEnums.Parse<FeeEarnerGrade>(request.Grade, "grade");
        var profile = await db.Set<FeeEarnerProfile>().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (expectedVersion is { } v && v != (profile?.Version ?? 0))
            throw new PreconditionException(412, "This profile was changed since you loaded it. Reload and try again.");
        if (profile is null)
        {
            profile = new FeeEarnerProfile { UserId = userId };
            db.Add(profile);
        }
        profile.Grade = grade;
        profile.TargetMinutesPerDay = request.TargetMinutesPerDay ?? profile.TargetMinutesPerDay;
        profile.Version++;
        audit.Record(AuditAction.FeeEarnerProfileSet, "User", userId, details: new { grade = grade.ToString(), profile.TargetMinutesPerDay });
        await db.SaveChangesAsync(ct);
        return ToDto(profile);
    }

    private async Task EnsureUserAsync(Guid userId, CancellationToken ct)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
            throw new NotFoundException("User");
    }

    private static FeeEarnerProfileDto ToDto(FeeEarnerProfile p) => new(p.UserId, p.Grade, p.TargetMinutesPerDay, p.Version);
}
