using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record FeeStageDto(Guid Id, int Position, string Name, long AmountMinor, int VatRateBp, Guid? InvoiceId, bool Billed);

public sealed record FeeArrangementDto(Guid MatterId, FeeArrangementKind Kind, long? AmountMinor, string Currency, int? TimeUnitMinutes,
    string? ClientMatterReference, string? Notes, IReadOnlyList<FeeStageDto> Stages, int Version);

/// <param name="Id">An existing stage's id, to keep it (a stage already on a bill must be sent back unchanged).</param>
/// <param name="VatRateBp">The firm's standard rate when left out.</param>
public sealed record FeeStageInput(Guid? Id, [property: Required, MaxLength(200)] string Name,
    [property: Range(0, 100_000_000_000)] long AmountMinor, [property: Range(0, 10_000)] int? VatRateBp = null);

/// <param name="Kind">hourly, fixedFee or cappedFee. Replaces the arrangement: fields left out are cleared.</param>
public sealed record SetFeeArrangementRequest(
    [property: Required(ErrorMessage = "Choose how the matter is charged.")] string Kind,
    [property: Range(0, 100_000_000_000, ErrorMessage = "The amount cannot be negative.")] long? AmountMinor = null,
    [property: Range(1, 60, ErrorMessage = "The time unit is between 1 and 60 minutes.")] int? TimeUnitMinutes = null,
    [property: MaxLength(40)] string? ClientMatterReference = null,
    [property: MaxLength(2000)] string? Notes = null,
    [property: MaxLength(50)] FeeStageInput[]? Stages = null);

/// <summary>How a matter is charged: hourly (the default), a fixed fee in stages, or a capped fee.</summary>
public sealed class FeeArrangementHandler(AppDbContext db, TimeEntryRules rules, BillingSettingsHandler settings, CurrentUser me, AuditLog audit)
{
    public async Task<FeeArrangementDto> GetAsync(Guid matterId, CancellationToken ct)
    {
        await rules.VisibleMatterAsync(matterId, ct);
        var arrangement = await db.Set<FeeArrangement>().AsNoTracking().SingleOrDefaultAsync(f => f.MatterId == matterId, ct);
        var stages = await db.Set<FeeStage>().AsNoTracking().Where(s => s.MatterId == matterId).OrderBy(s => s.Position).ToListAsync(ct);
        return ToDto(matterId, arrangement, stages);
    }

    public async Task<FeeArrangementDto> SetAsync(Guid matterId, SetFeeArrangementRequest request, int? expectedVersion, CancellationToken ct)
    {
        var matter = await db.Set<Matter>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == matterId, ct)
            ?? throw await rules.NotFoundMatterAsync(matterId, ct);
        var actor = await me.LoadAsync(ct);
        if (actor.Id != matter.ResponsibleUserId)
            BillingAccess.EnsureManager(actor, "set the fee arrangement of a matter they are not responsible for");
        var kind = ApiEnums.Parse<FeeArrangementKind>(request.Kind, "kind");
        var inputs = request.Stages ?? [];
        Validate(kind, request.AmountMinor, inputs);

        var arrangement = await db.Set<FeeArrangement>().SingleOrDefaultAsync(f => f.MatterId == matterId, ct);
        if (expectedVersion is { } v && v != (arrangement?.Version ?? 0))
            throw new PreconditionException(412, "The fee arrangement was changed since you loaded it. Reload and try again.");
        if (arrangement is null)
        {
            arrangement = new FeeArrangement { MatterId = matterId };
            db.Add(arrangement);
        }
        arrangement.Kind = kind;
        arrangement.AmountMinor = kind == FeeArrangementKind.Hourly ? null : request.AmountMinor;
        arrangement.TimeUnitMinutes = request.TimeUnitMinutes;
        arrangement.ClientMatterReference = string.IsNullOrWhiteSpace(request.ClientMatterReference) ? null : request.ClientMatterReference.Trim();
        arrangement.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        arrangement.Version++;
        var stages = await ReplaceStagesAsync(matterId, inputs, (await settings.GetAsync(ct)).DefaultVatRateBp, ct);
        audit.Record(AuditAction.FeeArrangementSet, "Matter", matterId, details: new
        {
            kind = ApiEnums.Name(kind), arrangement.AmountMinor, arrangement.TimeUnitMinutes, stages = stages.Count,
        });
        await db.SaveChangesAsync(ct);
        return ToDto(matterId, arrangement, stages);
    }

    private static void Validate(FeeArrangementKind kind, long? amount, FeeStageInput[] stages)
    {
        if (kind == FeeArrangementKind.Hourly && amount is not null)
            throw new RequestValidationException("amountMinor", "An hourly arrangement has no fixed amount or cap.");
        if (kind != FeeArrangementKind.Hourly && amount is null)
            throw new RequestValidationException("amountMinor", kind == FeeArrangementKind.FixedFee ? "Enter the fixed fee." : "Enter the cap.");
        if (kind != FeeArrangementKind.FixedFee && stages.Length > 0)
            throw new RequestValidationException("stages", "Only a fixed fee is billed in stages.");
        if (stages.FirstOrDefault(s => string.IsNullOrWhiteSpace(s.Name)) is not null)
            throw new RequestValidationException("stages", "Name every stage.");
        if (stages.Length > 0 && stages.Sum(s => s.AmountMinor) != amount)
            throw new RequestValidationException("stages",
                $"The stages add up to {BillingDisplay.Money(stages.Sum(s => s.AmountMinor))} but the fixed fee is {BillingDisplay.Money(amount ?? 0)}.");
    }

    /// <summary>Stages on a bill stay exactly as they are; the rest are updated, added or removed as sent.</summary>
    private async Task<List<FeeStage>> ReplaceStagesAsync(Guid matterId, FeeStageInput[] inputs, int defaultVatBp, CancellationToken ct)
    {
        var existing = await db.Set<FeeStage>().Where(s => s.MatterId == matterId).ToListAsync(ct);
        var byId = existing.ToDictionary(s => s.Id);
        var result = new List<FeeStage>();
        for (var i = 0; i < inputs.Length; i++)
        {
            var input = inputs[i];
            var vat = input.VatRateBp ?? defaultVatBp;
            // Without an id, a stage sent back exactly as it is keeps its identity (the page's form sends no ids).
            var same = input.Id is null ? byId.Values.FirstOrDefault(s => s.Name == input.Name.Trim() && s.AmountMinor == input.AmountMinor && s.VatRateBp == vat) : null;
            if ((input.Id is { } id && byId.Remove(id, out var stage)) || (same is not null && byId.Remove(same.Id, out stage)))
            {
                if (stage.InvoiceId is not null && (stage.Name != input.Name.Trim() || stage.AmountMinor != input.AmountMinor || stage.VatRateBp != vat))
                    throw Billed(stage);
                (stage.Name, stage.AmountMinor, stage.VatRateBp) = (input.Name.Trim(), input.AmountMinor, vat);
            }
            else
            {
                stage = new FeeStage { MatterId = matterId, Name = input.Name.Trim(), AmountMinor = input.AmountMinor, VatRateBp = vat };
                db.Add(stage);
            }
            stage.Position = i + 1;
            result.Add(stage);
        }
        foreach (var left in byId.Values)
        {
            if (left.InvoiceId is not null)
                throw Billed(left);
            db.Remove(left);
        }
        return result;
    }

    private static ConflictException Billed(FeeStage stage) =>
        new("fee.stage_billed", $"The stage \"{stage.Name}\" is on a bill and cannot be changed or removed.");

    private static FeeArrangementDto ToDto(Guid matterId, FeeArrangement? f, IEnumerable<FeeStage> stages) => new(matterId,
        f?.Kind ?? FeeArrangementKind.Hourly, f?.AmountMinor, BillingDisplay.Currency, f?.TimeUnitMinutes, f?.ClientMatterReference, f?.Notes,
        stages.Select(s => new FeeStageDto(s.Id, s.Position, s.Name, s.AmountMinor, s.VatRateBp, s.InvoiceId, s.InvoiceId is not null)).ToList(),
        f?.Version ?? 0);
}
