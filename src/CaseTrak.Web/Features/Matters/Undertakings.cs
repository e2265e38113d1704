using CaseTrak.Web.Features.Firms;
using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

public sealed record UndertakingDto(Guid Id, Guid MatterId, string MatterReference, string MatterTitle, Guid GivenByUserId, string GivenByName,
    string GivenTo, string Wording, DateOnly GivenOn, DateOnly? DueOn, UndertakingStatus Status, bool Overdue,
    DateOnly? DischargedOn, string? DischargeEvidence, Guid? DischargedByUserId, DateTime CreatedAt);

public sealed record GiveUndertakingRequest(
    Guid MatterId,
    Guid GivenByUserId,
    [property: Required(ErrorMessage = "Enter who the undertaking was given to."), MaxLength(300)] string GivenTo,
    [property: Required(ErrorMessage = "Enter the exact wording."), MaxLength(8000)] string Wording,
    DateOnly? DueOn);

/// <param name="Status">open, discharged or released.</param>
/// <param name="Overdue">true: open and due before today.</param>
public sealed record ListUndertakingsQuery(string? Status = null, bool? Overdue = null, Guid? MatterId = null, int? Limit = null, string? Cursor = null);

/// <summary>The undertakings register (SRA Code 1.3): who gave it, to whom, on which matter, its exact words and when it is due.</summary>
public sealed class UndertakingsHandler(AppDbContext db, GetMatterHandler get, AuditLog audit, TimeProvider clock)
{
    private static readonly DateOnly NoDueDate = DateOnly.MaxValue;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Page<UndertakingDto>> ListAsync(ListUndertakingsQuery query, CancellationToken ct)
    {
        var limit = Paging.Clamp(query.Limit);
        var undertakings = db.Set<Undertaking>().AsNoTracking();
        if (ApiEnums.ParseOptional<UndertakingStatus>(query.Status, "status") is { } status)
            undertakings = undertakings.Where(u => u.Status == status);
        var today = Today;
        if (query.Overdue is true)
            undertakings = undertakings.Where(u => u.Status == UndertakingStatus.Open && u.DueOn < today);
        else if (query.Overdue is false)
            undertakings = undertakings.Where(u => !(u.Status == UndertakingStatus.Open && u.DueOn < today));
        if (query.MatterId is { } matterId)
            undertakings = undertakings.Where(u => u.MatterId == matterId);
        // Soonest due first, so the register reads as a to-do list; undated ones last.
        if (KeysetCursor.TryParse(query.Cursor, out DateOnly due, out var id))
            undertakings = undertakings.Where(u => (u.DueOn ?? NoDueDate) > due || ((u.DueOn ?? NoDueDate) == due && u.Id.CompareTo(id) > 0));
        var rows = await undertakings.OrderBy(u => u.DueOn ?? NoDueDate).ThenBy(u => u.Id).Take(limit + 1).ToListAsync(ct);
        var items = await ToDtosAsync(rows, ct);
        return Paging.From(items, limit, u => KeysetCursor.Format(u.DueOn ?? NoDueDate, u.Id));
    }

    public async Task<UndertakingDto> GiveAsync(GiveUndertakingRequest request, CancellationToken ct)
    {
        var matter = await get.LoadAsync(request.MatterId, ct, tracked: true);
        if (MatterTransitions.IsClosed(matter.Status))
            throw new DomainRuleException("undertaking.matter_closed", "Undertakings are given on live matters; reopen the matter first.");
        await MatterLookups.EnsureActiveUserAsync(db, request.GivenByUserId, "givenByUserId", ct);
        if (string.IsNullOrWhiteSpace(request.GivenTo))
            throw new RequestValidationException("givenTo", "Enter who the undertaking was given to.");
        if (string.IsNullOrWhiteSpace(request.Wording))
            throw new RequestValidationException("wording", "Enter the exact wording.");
        if (request.DueOn is not { } dueOn || dueOn == default)
            throw new RequestValidationException("dueOn", "Enter the date the undertaking must be met by.");

        var now = clock.GetUtcNow().UtcDateTime;
        var undertaking = new Undertaking
        {
            MatterId = matter.Id, GivenByUserId = request.GivenByUserId, GivenTo = request.GivenTo.Trim(),
            // The exact words matter: kept as given, only outer blank space removed.
            Wording = request.Wording.Trim(), GivenOn = DateOnly.FromDateTime(now), DueOn = dueOn,
            Status = UndertakingStatus.Open, CreatedAt = now,
        };
        db.Add(undertaking);
        matter.LastActivityAt = now;
        audit.Record(AuditAction.UndertakingGiven, "Undertaking", undertaking.Id, details: new { matterId = matter.Id, givenByUserId = request.GivenByUserId });
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([undertaking], ct))[0];
    }

    internal async Task<List<UndertakingDto>> ToDtosAsync(List<Undertaking> rows, CancellationToken ct)
    {
        var matterIds = rows.Select(u => u.MatterId).Distinct().ToList();
        var matters = await db.Set<Matter>().AsNoTracking().Where(m => matterIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Reference, m.Title }).ToDictionaryAsync(m => m.Id, ct);
        var names = await UserNames.OfAsync(db, rows.Select(u => u.GivenByUserId), ct);
        var today = Today;
        return rows.Select(u => new UndertakingDto(u.Id, u.MatterId, matters.GetValueOrDefault(u.MatterId)?.Reference ?? "",
            matters.GetValueOrDefault(u.MatterId)?.Title ?? "", u.GivenByUserId, names.GetValueOrDefault(u.GivenByUserId, ""), u.GivenTo, u.Wording,
            u.GivenOn, u.DueOn, u.Status, u.Status == UndertakingStatus.Open && u.DueOn < today, u.DischargedOn, u.DischargeEvidence,
            u.DischargedByUserId, u.CreatedAt)).ToList();
    }
}
