using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record BreachDto(Guid Id, string Rule, string Description, Guid? MatterId, string? MatterReference, Guid? BankAccountId, long? AmountMinor,
    DateOnly OccurredOn, DateOnly DiscoveredOn, DateOnly? CorrectedOn, string? Correction, bool Automatic, DateTime RecordedAt, int Version,
    string Currency = "GBP");

public sealed record RecordBreachRequest(
    [property: Required(ErrorMessage = "Enter the rule that was broken, for example AR 5.3."), MaxLength(20)] string Rule,
    [property: Required(ErrorMessage = "Describe what happened."), MaxLength(2000)] string Description,
    Guid? MatterId, Guid? BankAccountId,
    [property: Range(1, long.MaxValue, ErrorMessage = "Enter an amount greater than £0.00.")] long? AmountMinor,
    [property: Required(ErrorMessage = "Enter the date it happened.")] DateOnly? OccurredOn,
    [property: Required(ErrorMessage = "Enter the date it was found.")] DateOnly? DiscoveredOn);

public sealed record CorrectBreachRequest(
    [property: Required(ErrorMessage = "Enter the date it was put right.")] DateOnly? CorrectedOn,
    [property: Required(ErrorMessage = "Say how it was put right."), MaxLength(2000)] string Correction);

/// <summary>The AR 6.1 breach register: recorded by hand or by the system (late reconciliations), and corrected once.</summary>
public sealed class BreachesHandler(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<BreachDto>> ListAsync(bool? open, CancellationToken ct)
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "see the breach register");
        var q = db.Set<AccountsBreach>().AsNoTracking();
        if (open is { } o)
            q = o ? q.Where(b => b.CorrectedOn == null) : q.Where(b => b.CorrectedOn != null);
        var rows = await (from b in q
                          join m in db.Set<Matter>() on b.MatterId equals m.Id into ms
                          from m in ms.DefaultIfEmpty()
                          select new { b, Reference = m == null ? null : m.Reference }).ToListAsync(ct);
        return [.. rows.Select(x => Dto(x.b, x.Reference)).OrderByDescending(b => b.DiscoveredOn).ThenByDescending(b => b.RecordedAt)];
    }

    public async Task<BreachDto> GetAsync(Guid id, CancellationToken ct)
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "see the breach register");
        var b = await db.Set<AccountsBreach>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("Breach");
        return Dto(b, await ReferenceAsync(b.MatterId, ct));
    }

    public async Task<BreachDto> RecordAsync(RecordBreachRequest r, CancellationToken ct)
    {
        var user = await me.LoadAsync(ct);
        ClientMoneyAccess.EnsureBookkeeper(user, "record a breach");
        if (r.MatterId is { } matterId && !await db.Set<Matter>().AnyAsync(m => m.Id == matterId, ct))
            throw new NotFoundException("Matter");
        if (r.BankAccountId is { } accountId && !await db.Set<BankAccount>().AnyAsync(a => a.Id == accountId, ct))
            throw new NotFoundException("Bank account");
        var today = RegisterDates.Today(clock);
        if (r.DiscoveredOn > today)
            throw new RequestValidationException("discoveredOn", "The date it was found cannot be in the future.");
        if (r.DiscoveredOn < r.OccurredOn)
            throw new RequestValidationException("discoveredOn", "It cannot have been found before it happened.");
        var breach = new AccountsBreach
        {
            Rule = r.Rule.Trim(), Description = r.Description.Trim(), MatterId = r.MatterId, BankAccountId = r.BankAccountId, AmountMinor = r.AmountMinor,
            OccurredOn = r.OccurredOn!.Value, DiscoveredOn = r.DiscoveredOn!.Value, RecordedByUserId = user.Id, RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(breach);
        audit.Record(AuditAction.BreachRecorded, "AccountsBreach", breach.Id, details: new { rule = breach.Rule, matterId = r.MatterId, amountMinor = r.AmountMinor });
        await db.SaveChangesAsync(ct);
        return Dto(breach, await ReferenceAsync(breach.MatterId, ct));
    }

    /// <param name="expectedVersion">From If-Match; null for "*".</param>
    public async Task<BreachDto> CorrectAsync(Guid id, CorrectBreachRequest r, int? expectedVersion, CancellationToken ct)
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "record how a breach was put right");
        var b = await db.Set<AccountsBreach>().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("Breach");
        if (expectedVersion is { } v && v != b.Version)
            throw new PreconditionException(412, "This breach was changed since you loaded it. Reload and try again.");
        if (b.CorrectedOn is not null)
            throw new ConflictException("client_money.breach_corrected", "This breach is already recorded as put right.");
        if (r.CorrectedOn < b.OccurredOn)
            throw new RequestValidationException("correctedOn", "It cannot have been put right before it happened.");
        if (r.CorrectedOn > RegisterDates.Today(clock))
            throw new RequestValidationException("correctedOn", "The date it was put right cannot be in the future.");
        b.CorrectedOn = r.CorrectedOn;
        b.Correction = r.Correction.Trim();
        b.Version++;
        audit.Record(AuditAction.BreachCorrected, "AccountsBreach", b.Id, details: new { correctedOn = b.CorrectedOn });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionException(412, "This breach was changed since you loaded it. Reload and try again.");
        }
        return Dto(b, await ReferenceAsync(b.MatterId, ct));
    }

    private async Task<string?> ReferenceAsync(Guid? matterId, CancellationToken ct) => matterId is null ? null
        : await db.Set<Matter>().Where(m => m.Id == matterId).Select(m => m.Reference).FirstOrDefaultAsync(ct);

    private static BreachDto Dto(AccountsBreach b, string? reference) => new(b.Id, b.Rule, b.Description, b.MatterId, reference, b.BankAccountId,
        b.AmountMinor, b.OccurredOn, b.DiscoveredOn, b.CorrectedOn, b.Correction, b.SourceKey is not null, b.RecordedAt, b.Version);
}
