using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record BillingSettingsDto(int TimeUnitMinutes, int DefaultVatRateBp, bool RequireTimeApproval, DateOnly? LockedThrough,
    int CddIntakeAllowanceMinutes, int PaymentTermsDays, string InvoicePrefix, string CreditNotePrefix, string RequestPrefix,
    string? RegulatoryStatement, string? PaymentDetails, int Version)
{
    public static BillingSettingsDto From(BillingSettings s) => new(s.TimeUnitMinutes, s.DefaultVatRateBp, s.RequireTimeApproval, s.LockedThrough,
        s.CddIntakeAllowanceMinutes, s.PaymentTermsDays, s.InvoicePrefix, s.CreditNotePrefix, s.RequestPrefix, s.RegulatoryStatement, s.PaymentDetails, s.Version);
}

/// <summary>Only the fields present change; name "lockedThrough", "regulatoryStatement" or "paymentDetails" in <see cref="Clear"/> to empty it.</summary>
public sealed record UpdateBillingSettingsRequest(
    [property: Range(1, 60, ErrorMessage = "The time unit is between 1 and 60 minutes.")] int? TimeUnitMinutes = null,
    [property: Range(0, 10_000, ErrorMessage = "The VAT rate is between 0 and 10000 basis points.")] int? DefaultVatRateBp = null,
    bool? RequireTimeApproval = null,
    DateOnly? LockedThrough = null,
    [property: Range(0, 100_000, ErrorMessage = "The allowance is between 0 and 100000 minutes.")] int? CddIntakeAllowanceMinutes = null,
    [property: Range(0, 365, ErrorMessage = "Payment terms are between 0 and 365 days.")] int? PaymentTermsDays = null,
    [property: MaxLength(12)] string? InvoicePrefix = null,
    [property: MaxLength(12)] string? CreditNotePrefix = null,
    [property: MaxLength(12)] string? RequestPrefix = null,
    [property: MaxLength(1000)] string? RegulatoryStatement = null,
    [property: MaxLength(1000)] string? PaymentDetails = null,
    string[]? Clear = null);

/// <summary>The firm's billing settings, made with defaults the first time anything asks for them.</summary>
public sealed class BillingSettingsHandler(AppDbContext db, CurrentUser me, AuditLog audit)
{
    private static readonly string[] Clearable = ["lockedThrough", "regulatoryStatement", "paymentDetails"];

    /// <summary>The firm's row, tracked. When missing it is created (and saved, unless the caller has unsaved work of its own).</summary>
    public async Task<BillingSettings> GetAsync(CancellationToken ct) => _current ??= await LoadOrCreateAsync(ct);

    private BillingSettings? _current;

    private async Task<BillingSettings> LoadOrCreateAsync(CancellationToken ct)
    {
        if (await db.Set<BillingSettings>().SingleOrDefaultAsync(ct) is { } found)
            return found;
        var settings = new BillingSettings();
        var saveNow = !db.ChangeTracker.HasChanges();
        db.Add(settings);
        if (!saveNow)
            return settings;
        try
        {
            await db.SaveChangesAsync(ct);
            return settings;
        }
        catch (DbUpdateException)
        {
            // Another request made it first (unique per firm): use theirs.
            db.Entry(settings).State = EntityState.Detached;
            return await db.Set<BillingSettings>().SingleAsync(ct);
        }
    }

    public async Task<BillingSettingsDto> UpdateAsync(UpdateBillingSettingsRequest request, int? expectedVersion, CancellationToken ct)
    {
        BillingAccess.EnsureAdministrator(await me.LoadAsync(ct), "change the billing settings");
        var s = await GetAsync(ct);
        if (expectedVersion is { } v && v != s.Version)
            throw new PreconditionException(412, "The billing settings were changed since you loaded them. Reload and try again.");
        var clear = (request.Clear ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (clear.FirstOrDefault(c => !Clearable.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } bad)
            throw new RequestValidationException("clear", $"'{bad}' cannot be cleared. Clear one of: {string.Join(", ", Clearable)}.");

        var changed = new List<string>();
        var lockedBefore = s.LockedThrough;
        Set(s.TimeUnitMinutes, request.TimeUnitMinutes ?? s.TimeUnitMinutes, x => s.TimeUnitMinutes = x, "timeUnitMinutes");
        Set(s.DefaultVatRateBp, request.DefaultVatRateBp ?? s.DefaultVatRateBp, x => s.DefaultVatRateBp = x, "defaultVatRateBp");
        Set(s.RequireTimeApproval, request.RequireTimeApproval ?? s.RequireTimeApproval, x => s.RequireTimeApproval = x, "requireTimeApproval");
        Set(s.LockedThrough, clear.Contains("lockedThrough") ? null : request.LockedThrough ?? s.LockedThrough, x => s.LockedThrough = x, "lockedThrough");
        Set(s.CddIntakeAllowanceMinutes, request.CddIntakeAllowanceMinutes ?? s.CddIntakeAllowanceMinutes, x => s.CddIntakeAllowanceMinutes = x, "cddIntakeAllowanceMinutes");
        Set(s.PaymentTermsDays, request.PaymentTermsDays ?? s.PaymentTermsDays, x => s.PaymentTermsDays = x, "paymentTermsDays");
        Set(s.InvoicePrefix, Prefix(request.InvoicePrefix, "invoicePrefix") ?? s.InvoicePrefix, x => s.InvoicePrefix = x, "invoicePrefix");
        Set(s.CreditNotePrefix, Prefix(request.CreditNotePrefix, "creditNotePrefix") ?? s.CreditNotePrefix, x => s.CreditNotePrefix = x, "creditNotePrefix");
        Set(s.RequestPrefix, Prefix(request.RequestPrefix, "requestPrefix") ?? s.RequestPrefix, x => s.RequestPrefix = x, "requestPrefix");
        Set(s.RegulatoryStatement, clear.Contains("regulatoryStatement") ? null : Text(request.RegulatoryStatement) ?? s.RegulatoryStatement,
            x => s.RegulatoryStatement = x, "regulatoryStatement");
        Set(s.PaymentDetails, clear.Contains("paymentDetails") ? null : Text(request.PaymentDetails) ?? s.PaymentDetails, x => s.PaymentDetails = x, "paymentDetails");

        if (changed.Count > 0)
        {
            s.Version++;
            audit.Record(AuditAction.BillingSettingsChanged, "BillingSettings", s.Id, details: new { fields = changed });
            if (s.LockedThrough != lockedBefore)
                audit.Record(AuditAction.PeriodLocked, "BillingSettings", s.Id, details: new { from = lockedBefore, to = s.LockedThrough });
            await db.SaveChangesAsync(ct);
        }
        return BillingSettingsDto.From(s);

        void Set<T>(T current, T next, Action<T> apply, string field)
        {
            if (EqualityComparer<T>.Default.Equals(current, next))
                return;
            apply(next);
            changed.Add(field);
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Prefix(string? value, string field)
    {
        if (value is null)
            return null;
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '_'))
            throw new RequestValidationException(field, "Use letters, digits, '-', '/' or '_' in a number prefix.");
        return trimmed;
    }

    /// <summary>Refuses a change to time or disbursements dated in the locked period.</summary>
    public static void EnsureOpenPeriod(BillingSettings settings, DateOnly date)
    {
        if (settings.LockedThrough is { } locked && date <= locked)
            throw new DomainRuleException("billing.period_locked",
                $"The period up to {BillingDisplay.Date(locked)} is locked: nothing dated on or before then can be added or changed.");
    }
}
