using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>A contact's due-diligence history (newest first), and the firm's identity documents about to expire.</summary>
public sealed class ListDueDiligenceHandler(AppDbContext db, GetContactHandler get, TimeProvider clock)
{
    public const int MaxExpiring = 500;

    public async Task<IReadOnlyList<DueDiligenceDto>> HistoryAsync(Guid contactId, CancellationToken ct)
    {
        await get.LoadAsync(contactId, ct);
        var records = await db.Set<DueDiligenceRecord>().AsNoTracking().Where(r => r.ContactId == contactId)
            .OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id).ToListAsync(ct);
        var ids = records.Select(r => r.Id).ToList();
        var owners = (await db.Set<BeneficialOwner>().AsNoTracking().Where(o => ids.Contains(o.RecordId)).ToListAsync(ct)).ToLookup(o => o.RecordId);
        return records.Select(r => DueDiligenceDto.From(r, owners[r.Id])).ToList();
    }

    /// <summary>Contacts in use whose latest identity document expires within the days given, or has expired, soonest first.</summary>
    public async Task<IReadOnlyList<ExpiringIdDto>> ExpiringAsync(int? withinDays, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Display.ToUk(clock.GetUtcNow().UtcDateTime));
        var until = today.AddDays(Math.Clamp(withinDays ?? 30, 0, 366));
        var rows = await db.Set<Contact>().AsNoTracking()
            .Where(c => !c.Archived && c.CddIdExpiresOn != null && c.CddIdExpiresOn <= until)
            .OrderBy(c => c.CddIdExpiresOn).ThenBy(c => c.Id).Take(MaxExpiring)
            .Select(c => new { c.Id, c.DisplayName, c.CddStatus, c.CddIdExpiresOn })
            .ToListAsync(ct);
        return rows.Select(c => new ExpiringIdDto(c.Id, c.DisplayName, c.CddStatus, c.CddIdExpiresOn!.Value, c.CddIdExpiresOn < today)).ToList();
    }
}
