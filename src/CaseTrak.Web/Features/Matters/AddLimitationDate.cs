using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Calendar;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Matters;

/// <param name="Basis">contract, tort, personalInjury, defamation, deed, recoveryOfLand, latentDamage, unfairDismissal or inheritanceAct.</param>
/// <param name="AccrualDate">When the cause of action accrued; for unfair dismissal the effective date of termination; for the Inheritance Act the grant.</param>
public sealed record AddLimitationDateRequest(string Basis, DateOnly AccrualDate, DateOnly? KnowledgeDate = null,
    DateOnly? ClaimantDateOfBirth = null, int? AcasCertificateDays = null, string? Description = null);

/// <summary>
/// Computes a limitation date (UK-RULES.md, Limitation Act 1980) and records it as a key date with its
/// working. The date is fixed once recorded: new facts mean a new calculation, never a silent move.
/// </summary>
public sealed class AddLimitationDateHandler(GetMatterHandler get, KeyDatesHandler keyDates)
{
    /// <summary>The calculation without saving, for a page to show before the user confirms.</summary>
    public static LimitationResult Preview(AddLimitationDateRequest request) => LimitationCalculator.Calculate(ToInput(request));

    public async Task<KeyDateDto> HandleAsync(Guid matterId, AddLimitationDateRequest request, CancellationToken ct)
    {
        var matter = await get.LoadAsync(matterId, ct, tracked: true);
        var input = ToInput(request);
        var result = LimitationCalculator.Calculate(input);
        var description = string.IsNullOrWhiteSpace(request.Description)
            ? $"Limitation date ({ApiEnums.Name(input.Basis)})"
            : request.Description.Trim()[..Math.Min(500, request.Description.Trim().Length)];
        return await keyDates.SaveAsync(matter, KeyDateKind.Limitation, result.Date, description, string.Join('\n', result.Working),
            AuditAction.LimitationDateRecorded, ct);
    }

    private static LimitationInput ToInput(AddLimitationDateRequest r)
    {
        var basis = ApiEnums.Parse<LimitationBasis>(r.Basis, "basis");
        if (r.AccrualDate == default)
            throw new RequestValidationException("accrualDate", "Enter the date the cause of action accrued.");
        if (r.KnowledgeDate is { } k && k < r.AccrualDate)
            throw new RequestValidationException("knowledgeDate", "The date of knowledge cannot be before the cause of action accrued.");
        if (r.KnowledgeDate is not null && basis is not (LimitationBasis.PersonalInjury or LimitationBasis.LatentDamage))
            throw new RequestValidationException("knowledgeDate", "A date of knowledge counts only for personal injury and latent damage.");
        if (r.ClaimantDateOfBirth is { } b && b > r.AccrualDate)
            throw new RequestValidationException("claimantDateOfBirth", "The claimant's date of birth must be before the cause of action accrued.");
        if (r.ClaimantDateOfBirth is not null && basis is LimitationBasis.UnfairDismissal or LimitationBasis.InheritanceAct)
            throw new RequestValidationException("claimantDateOfBirth", "The rule for children does not apply to this basis.");
        if (r.AcasCertificateDays is not null && basis != LimitationBasis.UnfairDismissal)
            throw new RequestValidationException("acasCertificateDays", "ACAS early conciliation extends unfair dismissal claims only.");
        if (r.AcasCertificateDays is < 0 or > 366)
            throw new RequestValidationException("acasCertificateDays", "Enter the number of days from 0 to 366.");
        return new(basis, r.AccrualDate, r.KnowledgeDate, r.ClaimantDateOfBirth, r.AcasCertificateDays);
    }
}
