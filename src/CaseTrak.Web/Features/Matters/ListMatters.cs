using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

/// <param name="Status">One status or several separated by commas ("open,onHold").</param>
public sealed record ListMattersQuery(string? Status = null, string? Q = null, Guid? ClientId = null, Guid? ResponsibleUserId = null,
    Guid? PracticeAreaId = null, int? Limit = null, string? Cursor = null);

public sealed record MatterListItem(Guid Id, string Reference, string Title, MatterStatus Status, Guid ClientId, string ClientName,
    Guid ResponsibleUserId, string ResponsibleUserName, Guid? PracticeAreaId, string? PracticeAreaName, DateOnly OpenedOn, DateTime LastActivityAt);

/// <summary>
/// Matters newest activity first, keyset-paged on (LastActivityAt, Id) to use the list index. Names of
/// clients, fee earners and practice areas come in the same query, never one per row.
/// </summary>
public sealed class ListMattersHandler(AppDbContext db)
{
    public async Task<Page<MatterListItem>> HandleAsync(ListMattersQuery query, CancellationToken ct)
    {
        var limit = Paging.Clamp(query.Limit);
        var matters = db.Set<Matter>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var statuses = query.Status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => ApiEnums.Parse<MatterStatus>(s, "status")).Distinct().ToList();
            matters = matters.Where(m => statuses.Contains(m.Status));
        }
        if (query.ClientId is { } clientId)
            matters = matters.Where(m => m.ClientId == clientId);
        if (query.ResponsibleUserId is { } userId)
            matters = matters.Where(m => m.ResponsibleUserId == userId);
        if (query.PracticeAreaId is { } areaId)
            matters = matters.Where(m => m.PracticeAreaId == areaId);
        if (!string.IsNullOrWhiteSpace(query.Q))
            matters = TextFilter(matters, query.Q.Trim());
        if (KeysetCursor.TryParse(query.Cursor, out DateTime at, out var id))
            matters = matters.Where(m => m.LastActivityAt < at || (m.LastActivityAt == at && m.Id.CompareTo(id) < 0));

        // Names come from correlated subqueries in the same statement: one round trip per page instead of four
        // (PERFORMANCE.md scenario 3). The sets are locals, not db.X inside the tree, because EF evaluates a
        // captured `this.db.X` by compiling it on every call. The client's name is read from the contacts table
        // directly, read-only, as GET matter does.
        IQueryable<Contact> clients = db.Set<Contact>();
        IQueryable<AppUser> users = db.Users;
        IQueryable<PracticeArea> areas = db.Set<PracticeArea>();
        var items = await matters.OrderByDescending(m => m.LastActivityAt).ThenByDescending(m => m.Id).Take(limit + 1)
            .Select(m => new MatterListItem(m.Id, m.Reference, m.Title, m.Status, m.ClientId,
                clients.Where(c => c.Id == m.ClientId).Select(c => c.DisplayName).FirstOrDefault() ?? "",
                m.ResponsibleUserId, users.Where(u => u.Id == m.ResponsibleUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                m.PracticeAreaId, areas.Where(p => p.Id == m.PracticeAreaId).Select(p => p.Name).FirstOrDefault(),
                m.OpenedOn, m.LastActivityAt))
            .ToListAsync(ct);
        return Paging.From(items, limit, i => KeysetCursor.Format(i.LastActivityAt, i.Id));
    }

    /// <summary>Title contains the text (trigram index on PostgreSQL), or the reference starts with it.</summary>
    private IQueryable<Matter> TextFilter(IQueryable<Matter> matters, string q)
    {
        var escaped = q.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var contains = $"%{escaped}%";
        var prefix = $"{escaped.ToUpperInvariant()}%";
        return db.Database.IsNpgsql()
            ? matters.Where(m => EF.Functions.ILike(m.Title, contains, "\\") || EF.Functions.Like(m.Reference, prefix, "\\"))
            : matters.Where(m => EF.Functions.Like(m.Title, contains, "\\") || EF.Functions.Like(m.Reference, prefix, "\\"));
    }
}
