using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Features.Billing;

/// <summary>A firm's billing choices: one row per firm, made with defaults on first use.</summary>
public sealed class BillingSettings : FirmOwnedEntity
{
    /// <summary>Time is recorded in units of this many minutes, rounded up (UK-RULES: default 6).</summary>
    public int TimeUnitMinutes { get; set; } = 6;
    public int DefaultVatRateBp { get; set; } = 2000;
    /// <summary>When on, new time waits for a partner's approval before it can be billed.</summary>
    public bool RequireTimeApproval { get; set; }
    /// <summary>Period lock: time and disbursements dated on or before this day can no longer be added or changed.</summary>
    public DateOnly? LockedThrough { get; set; }
    /// <summary>Minutes of time a client without complete due diligence may take (MLR 2017 intake allowance).</summary>
    public int CddIntakeAllowanceMinutes { get; set; } = 60;
    public int PaymentTermsDays { get; set; } = 30;
    public string InvoicePrefix { get; set; } = "INV-";
    public string CreditNotePrefix { get; set; } = "CN-";
    public string RequestPrefix { get; set; } = "RFP-";
    /// <summary>Printed on every bill, e.g. "Authorised and regulated by the Solicitors Regulation Authority".</summary>
    public string? RegulatoryStatement { get; set; }
    /// <summary>How to pay, printed on bills (office account bank details).</summary>
    public string? PaymentDetails { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// The Senior Courts Costs Office guideline grades used for rates and costs budgets: A (solicitors and
/// legal executives with over 8 years' experience), B (over 4 years), C (other solicitors, legal executives
/// and fee earners of equivalent experience), D (trainees, paralegals and other fee earners).
/// </summary>
public enum FeeEarnerGrade { A, B, C, D }

/// <summary>A user's billing profile: grade (for grade rates) and chargeable-time target (for utilisation).</summary>
public sealed class FeeEarnerProfile : FirmOwnedEntity
{
    public Guid UserId { get; init; }
    public FeeEarnerGrade Grade { get; set; } = FeeEarnerGrade.C;
    /// <summary>Chargeable minutes a working day is expected to hold (e.g. 330 = 5.5 hours).</summary>
    public int TargetMinutesPerDay { get; set; } = 330;
    public int Version { get; set; }
}
