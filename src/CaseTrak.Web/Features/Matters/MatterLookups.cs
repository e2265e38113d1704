using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

/// <summary>Checks on ids a request names: they must be the firm's own, live rows (the tenant filter makes another firm's id simply unknown).</summary>
internal static class MatterLookups
{
    public static async Task EnsureActiveUserAsync(AppDbContext db, Guid userId, string field, CancellationToken ct)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId && !u.Disabled, ct))
            throw new RequestValidationException(field, "Choose an active user of your firm.");
    }

    public static async Task EnsureActiveUsersAsync(AppDbContext db, IReadOnlyCollection<Guid> userIds, string field, CancellationToken ct)
    {
        var found = await db.Users.CountAsync(u => userIds.Contains(u.Id) && !u.Disabled, ct);
        if (found != userIds.Count)
            throw new RequestValidationException(field, "Choose active users of your firm.");
    }

    /// <summary>A practice area by id, or by name (case-insensitive), or none.</summary>
    public static async Task<Guid?> PracticeAreaAsync(AppDbContext db, Guid? id, string? name, CancellationToken ct)
    {
        if (id is { } given && given != Guid.Empty)
            return await db.Set<PracticeArea>().AnyAsync(p => p.Id == given, ct) ? given
                : throw new RequestValidationException("practiceAreaId", "Choose one of your firm's practice areas.");
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var upper = name.Trim().ToUpperInvariant();
        return await db.Set<PracticeArea>().Where(p => p.Name.ToUpper() == upper).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct)
            ?? throw new RequestValidationException("practiceArea", "Choose one of your firm's practice areas.");
    }
}
