using System.Globalization;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Audit;

public sealed record AuditQuery(DateOnly? From = null, DateOnly? To = null, Guid? ActorId = null, string? Action = null,
    string? Cursor = null, int? Limit = null);

public sealed record AuditEventDto(long Seq, DateTime At, Guid? ActorId, string? ActorName, AuditAction Action, int ActionCode,
    string? TargetType, Guid? TargetId, AuditOutcome Outcome, string? IpAddress, string? Details);

/// <summary>
/// The firm's audit events, newest first, keyset-paged on seq. The date range is capped at a year so one
/// request cannot walk the whole history; without dates it shows the last 30 days.
/// </summary>
public sealed class ListAuditHandler(AppDbContext db, TimeProvider clock)
{
    public const int MaxRangeDays = 366;

    public async Task<Page<AuditEventDto>> HandleAsync(AuditQuery query, CancellationToken ct) =>
        await QueryAsync(query, Paging.Clamp(query.Limit), ct);

    /// <summary>Same filters without the page cap, for export (the range cap still bounds it).</summary>
    public IAsyncEnumerable<AuditEventDto> StreamAsync(AuditQuery query) => Filtered(query).AsAsyncEnumerable();

    /// <summary>
    /// The audit page as it first opens (a date range, no other filter): compiled, because building and
    /// funcletizing this join's expression tree on every call cost several times what running it did
    /// (PERFORMANCE.md scenario 3). Same SQL as <see cref="Filtered"/> for that shape; keep the two in step.
    /// </summary>
    private static readonly Func<AppDbContext, DateTime, DateTime, int, IAsyncEnumerable<AuditEventDto>> RangeOnlyPage =
        EF.CompileAsyncQuery((AppDbContext db, DateTime from, DateTime to, int take) => db.AuditEvents.AsNoTracking()
            .Where(e => e.At >= from && e.At < to)
            .OrderByDescending(e => e.Seq)
            .GroupJoin(db.Users, e => e.ActorId, u => (Guid?)u.Id, (e, us) => new { e, us })
            .SelectMany(x => x.us.DefaultIfEmpty(), (x, u) => new AuditEventDto(x.e.Seq, x.e.At, x.e.ActorId, u != null ? u.DisplayName : null,
                x.e.Action, (int)x.e.Action, x.e.TargetType, x.e.TargetId, x.e.Outcome, x.e.IpAddress, x.e.Details))
            .Take(take));

    private async Task<Page<AuditEventDto>> QueryAsync(AuditQuery query, int limit, CancellationToken ct)
    {
        List<AuditEventDto> rows;
        if (query.ActorId is null && string.IsNullOrWhiteSpace(query.Action) && string.IsNullOrEmpty(query.Cursor))
        {
            var (from, to) = Range(query);
            rows = await RangeOnlyPage(db, from, to, limit + 1).ToListAsync(ct);
        }
        else
            rows = await Filtered(query).Take(limit + 1).ToListAsync(ct);
        return Paging.From(rows, limit, e => e.Seq.ToString(CultureInfo.InvariantCulture));
    }

    private IQueryable<AuditEventDto> Filtered(AuditQuery query)
    {
        var (from, to) = Range(query);
        var events = db.AuditEvents.AsNoTracking().Where(e => e.At >= from && e.At < to);
        if (query.ActorId is { } actor)
            events = events.Where(e => e.ActorId == actor);
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            if (!Enum.TryParse<AuditAction>(query.Action, ignoreCase: true, out var action) || !Enum.IsDefined(action))
                throw new RequestValidationException("action", "That is not a known audit action.");
            events = events.Where(e => e.Action == action);
        }
        if (!string.IsNullOrEmpty(query.Cursor))
        {
            if (!long.TryParse(query.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var before))
                throw new RequestValidationException("cursor", "The cursor is not valid.");
            events = events.Where(e => e.Seq < before);
        }
        // A local, not db.Users inside the tree: EF evaluates a captured `this.db.Users` by compiling it on every
        // call, a read of a local it takes directly (PERFORMANCE.md scenario 3). The query is a projection, so
        // nothing is tracked either way.
        IQueryable<AppUser> users = db.Users;
        return events.OrderByDescending(e => e.Seq)
            .GroupJoin(users, e => e.ActorId, u => (Guid?)u.Id, (e, us) => new { e, us })
            .SelectMany(x => x.us.DefaultIfEmpty(), (x, u) => new AuditEventDto(x.e.Seq, x.e.At, x.e.ActorId, u != null ? u.DisplayName : null,
                x.e.Action, (int)x.e.Action, x.e.TargetType, x.e.TargetId, x.e.Outcome, x.e.IpAddress, x.e.Details));
    }

    private (DateTime From, DateTime To) Range(AuditQuery query)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var to = query.To ?? today;
        var from = query.From ?? to.AddDays(-30);
        if (from > to)
            throw new RequestValidationException("from", "The start date must be on or before the end date.");
        if (to.DayNumber - from.DayNumber > MaxRangeDays)
            throw new RequestValidationException("from", $"Choose a range of at most {MaxRangeDays} days.");
        return (from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }
}
