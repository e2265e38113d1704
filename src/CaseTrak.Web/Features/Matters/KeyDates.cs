using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

public sealed record KeyDateDto(Guid Id, Guid MatterId, KeyDateKind Kind, DateOnly Date, string Description, IReadOnlyList<string> Working,
    bool Done, Guid CreatedByUserId, DateTime CreatedAt)
{
    public static KeyDateDto From(KeyDate k) => new(k.Id, k.MatterId, k.Kind, k.Date, k.Description,
        string.IsNullOrEmpty(k.Working) ? [] : k.Working.Split('\n'), k.Done, k.CreatedByUserId, k.CreatedAt);
}

public sealed record UpcomingKeyDateDto(Guid Id, Guid MatterId, string MatterReference, string MatterTitle, KeyDateKind Kind, DateOnly Date, string Description, bool Done);

/// <param name="Kind">limitation, hearing, deadline, exchange, completion, review or other.</param>
public sealed record AddKeyDateRequest([property: Required(ErrorMessage = "Choose a kind.")] string Kind, DateOnly Date,
    [property: Required(ErrorMessage = "Enter a description."), MaxLength(500)] string Description);

public sealed record UpcomingKeyDatesQuery(DateOnly? From = null, DateOnly? To = null, int? Limit = null, string? Cursor = null);

/// <summary>Dates a matter must not miss, and the firm-wide diary of them (which the barrier filter trims per user).</summary>
public sealed class KeyDatesHandler(AppDbContext db, GetMatterHandler get, Firms.CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public const int MaxRangeDays = 366;

    public async Task<IReadOnlyList<KeyDateDto>> ListAsync(Guid matterId, CancellationToken ct)
    {
        await get.LoadAsync(matterId, ct);
        var dates = await db.Set<KeyDate>().AsNoTracking().Where(k => k.MatterId == matterId).OrderBy(k => k.Date).ThenBy(k => k.Id).ToListAsync(ct);
        return dates.Select(KeyDateDto.From).ToList();
    }

    public async Task<KeyDateDto> AddAsync(Guid matterId, AddKeyDateRequest request, CancellationToken ct)
    {
        var matter = await get.LoadAsync(matterId, ct, tracked: true);
        var kind = ApiEnums.Parse<KeyDateKind>(request.Kind, "kind");
        if (request.Date == default)
            throw new RequestValidationException("date", "Enter the date.");
        if (string.IsNullOrWhiteSpace(request.Description))
            throw new RequestValidationException("description", "Enter a description.");
        return await SaveAsync(matter, kind, request.Date, request.Description.Trim(), null, AuditAction.KeyDateAdded, ct);
    }

    /// <summary>Adds a key date; a computed one keeps its working and, like every key date, never moves by itself.</summary>
    internal async Task<KeyDateDto> SaveAsync(Matter matter, KeyDateKind kind, DateOnly date, string description, string? working,
        AuditAction action, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keyDate = new KeyDate
        {
            MatterId = matter.Id, Kind = kind, Date = date, Description = description, Working = working,
            CreatedByUserId = me.Id, CreatedAt = now,
        };
        db.Add(keyDate);
        matter.LastActivityAt = now;
        audit.Record(action, "Matter", matter.Id, details: new { keyDateId = keyDate.Id, kind = ApiEnums.Name(kind) });
        await db.SaveChangesAsync(ct);
        return KeyDateDto.From(keyDate);
    }

    public async Task<Page<UpcomingKeyDateDto>> UpcomingAsync(UpcomingKeyDatesQuery query, CancellationToken ct)
    {
        var from = query.From ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var to = query.To ?? from.AddDays(90);
        if (to < from)
            throw new RequestValidationException("to", "The end of the range must not be before its start.");
        if (to.DayNumber - from.DayNumber > MaxRangeDays)
            throw new RequestValidationException("to", $"Ask for at most {MaxRangeDays} days at a time.");
        var limit = Paging.Clamp(query.Limit);

        var dates = db.Set<KeyDate>().AsNoTracking().Where(k => !k.Done && k.Date >= from && k.Date <= to);
        if (KeysetCursor.TryParse(query.Cursor, out DateOnly on, out var id))
            dates = dates.Where(k => k.Date > on || (k.Date == on && k.Id.CompareTo(id) > 0));
        var rows = await dates.Join(db.Set<Matter>(), k => k.MatterId, m => m.Id, (k, m) => new { k, m })
            .OrderBy(x => x.k.Date).ThenBy(x => x.k.Id).Take(limit + 1)
            .Select(x => new UpcomingKeyDateDto(x.k.Id, x.m.Id, x.m.Reference, x.m.Title, x.k.Kind, x.k.Date, x.k.Description, x.k.Done))
            .ToListAsync(ct);
        return Paging.From(rows, limit, k => KeysetCursor.Format(k.Date, k.Id));
    }
}
