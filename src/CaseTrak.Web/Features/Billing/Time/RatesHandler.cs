using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record RateDto(Guid Id, RateScope Scope, FeeEarnerGrade? Grade, Guid? UserId, Guid? ClientId, Guid? MatterId, string? ActivityCode,
    long HourlyRateMinor, string Currency, DateOnly EffectiveFrom, Guid CreatedByUserId, DateTime CreatedAt)
{
    public static RateDto From(Rate r) => new(r.Id, r.Scope, r.Grade, r.UserId, r.ClientId, r.MatterId, r.ActivityCode, r.HourlyRateMinor,
        BillingDisplay.Currency, r.EffectiveFrom, r.CreatedByUserId, r.CreatedAt);
}

/// <param name="Scope">firmDefault, grade, feeEarner, client, matter or matterActivity; each needs its qualifier and no other.</param>
public sealed record CreateRateRequest(
    [property: Required(ErrorMessage = "Choose what the rate applies to.")] string Scope,
    [property: Range(0, 100_000_000, ErrorMessage = "The hourly rate is between £0 and £1,000,000.")] long HourlyRateMinor,
    DateOnly EffectiveFrom,
    string? Grade = null, Guid? UserId = null, Guid? ClientId = null, Guid? MatterId = null,
    [property: MaxLength(20)] string? ActivityCode = null);

public sealed record ListRatesQuery(string? Scope = null, Guid? MatterId = null, Guid? ClientId = null, Guid? UserId = null, int? Limit = null, string? Cursor = null);

/// <summary>Hourly rates. A rate is never edited: a new one with a later effective date takes over from that day.</summary>
public sealed class RatesHandler(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<Page<RateDto>> ListAsync(ListRatesQuery query, CancellationToken ct)
    {
        var limit = Paging.Clamp(query.Limit);
        var rates = db.Set<Rate>().AsNoTracking();
        if (ApiEnums.ParseOptional<RateScope>(query.Scope, "scope") is { } scope)
            rates = rates.Where(r => r.Scope == scope);
        if (query.MatterId is { } matterId)
            rates = rates.Where(r => r.MatterId == matterId);
        if (query.ClientId is { } clientId)
            rates = rates.Where(r => r.ClientId == clientId);
        if (query.UserId is { } userId)
            rates = rates.Where(r => r.UserId == userId);
        if (KeysetCursor.TryParse(query.Cursor, out DateOnly on, out var id))
            rates = rates.Where(r => r.EffectiveFrom < on || (r.EffectiveFrom == on && r.Id.CompareTo(id) < 0));
        var rows = await rates.OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Id).Take(limit + 1).ToListAsync(ct);
        return Paging.From(rows.Select(RateDto.From).ToList(), limit, r => KeysetCursor.Format(r.EffectiveFrom, r.Id));
    }

    public async Task<RateDto> CreateAsync(CreateRateRequest request, CancellationToken ct)
    {
        var actor = await me.LoadAsync(ct);
        BillingAccess.EnsureManager(actor, "set rates");
        var scope = ApiEnums.Parse<RateScope>(request.Scope, "scope");
        if (request.EffectiveFrom == default)
            throw new RequestValidationException("effectiveFrom", "Enter the date the rate applies from.");
        var errors = new Dictionary<string, string[]>();
        var grade = Qualifier(scope is RateScope.Grade, request.Grade, "grade", "a grade (A, B, C or D)");
        var userId = Qualifier(scope is RateScope.FeeEarner, request.UserId, "userId", "a fee earner");
        var clientId = Qualifier(scope is RateScope.Client, request.ClientId, "clientId", "a client");
        var matterId = Qualifier(scope is RateScope.Matter or RateScope.MatterActivity, request.MatterId, "matterId", "a matter");
        var activity = Qualifier(scope is RateScope.MatterActivity, request.ActivityCode?.Trim().ToUpperInvariant(), "activityCode", "an activity code");
        if (errors.Count > 0)
            throw new RequestValidationException(errors);

        if (userId is { } u)
            await MatterLookups.EnsureActiveUserAsync(db, u, "userId", ct);
        if (clientId is { } c && !await db.Set<Contact>().AnyAsync(x => x.Id == c, ct))
            throw new RequestValidationException("clientId", "Choose one of your firm's contacts.");
        if (matterId is { } m && !await db.Set<Matter>().AnyAsync(x => x.Id == m, ct))
            throw new RequestValidationException("matterId", "Choose one of your firm's matters.");

        var rate = new Rate
        {
            Scope = scope, Grade = grade is null ? null : ApiEnums.Parse<FeeEarnerGrade>(grade, "grade"), UserId = userId, ClientId = clientId,
            MatterId = matterId, ActivityCode = activity, HourlyRateMinor = request.HourlyRateMinor, EffectiveFrom = request.EffectiveFrom,
            CreatedByUserId = actor.Id, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(rate);
        audit.Record(AuditAction.RateSet, "Rate", rate.Id, details: new { scope = ApiEnums.Name(scope), rate.HourlyRateMinor, rate.EffectiveFrom, matterId, clientId, userId });
        await db.SaveChangesAsync(ct);
        return RateDto.From(rate);

        T? Qualifier<T>(bool needed, T? value, string field, string what)
        {
            var given = value is not null && !(value is string s && string.IsNullOrWhiteSpace(s)) && !(value is Guid g && g == Guid.Empty);
            if (needed && !given)
                errors[field] = [$"A {ApiEnums.Name(scope)} rate needs {what}."];
            else if (!needed && given)
                errors[field] = [$"A {ApiEnums.Name(scope)} rate does not take {what}."];
            return given ? value : default;
        }
    }
}
