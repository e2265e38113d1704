using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Features.Billing;

internal static class BillingKeys
{
    public static void ToMatter<T>(this EntityTypeBuilder<T> b) where T : class, Platform.Access.IMatterScoped =>
        b.HasOne<Matter>().WithMany().HasForeignKey(nameof(Platform.Data.IFirmOwned.FirmId), nameof(Platform.Access.IMatterScoped.MatterId));

    public static void ToUser<T>(this EntityTypeBuilder<T> b, string property) where T : class =>
        b.HasOne<AppUser>().WithMany().HasForeignKey(nameof(Platform.Data.IFirmOwned.FirmId), property).HasPrincipalKey(u => new { u.FirmId, u.Id });

    public static void ToInvoice<T>(this EntityTypeBuilder<T> b, string property) where T : class =>
        b.HasOne<Invoice>().WithMany().HasForeignKey(nameof(Platform.Data.IFirmOwned.FirmId), property);
}

internal sealed class BillingSettingsConfiguration : IEntityTypeConfiguration<BillingSettings>
{
    public void Configure(EntityTypeBuilder<BillingSettings> b)
    {
        b.ToTable("billing_settings");
        b.HasIndex(x => x.FirmId).IsUnique();
        b.Property(x => x.InvoicePrefix).HasMaxLength(12);
        b.Property(x => x.CreditNotePrefix).HasMaxLength(12);
        b.Property(x => x.RequestPrefix).HasMaxLength(12);
        b.Property(x => x.RegulatoryStatement).HasMaxLength(1000);
        b.Property(x => x.PaymentDetails).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class FeeEarnerProfileConfiguration : IEntityTypeConfiguration<FeeEarnerProfile>
{
    public void Configure(EntityTypeBuilder<FeeEarnerProfile> b)
    {
        b.ToTable("fee_earner_profiles");
        b.HasIndex(x => new { x.FirmId, x.UserId }).IsUnique();
        b.ToUser(nameof(FeeEarnerProfile.UserId));
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class RateConfiguration : IEntityTypeConfiguration<Rate>
{
    public void Configure(EntityTypeBuilder<Rate> b)
    {
        b.ToTable("rates");
        b.Property(x => x.ActivityCode).HasMaxLength(20);
        b.HasIndex(x => new { x.FirmId, x.Scope, x.EffectiveFrom });
        b.HasIndex(x => new { x.FirmId, x.MatterId });
        b.HasIndex(x => new { x.FirmId, x.ClientId });
        b.HasIndex(x => new { x.FirmId, x.UserId });
        b.HasOne<Matter>().WithMany().HasForeignKey(x => new { x.FirmId, x.MatterId });
        b.HasOne<Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ClientId });
        b.ToUser(nameof(Rate.UserId));
        b.ToUser(nameof(Rate.CreatedByUserId));
    }
}

internal sealed class ActivityCodeConfiguration : IEntityTypeConfiguration<ActivityCode>
{
    public void Configure(EntityTypeBuilder<ActivityCode> b)
    {
        b.ToTable("activity_codes");
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => new { x.FirmId, x.Code }).IsUnique();
    }
}

internal sealed class ClientBillingTermsConfiguration : IEntityTypeConfiguration<ClientBillingTerms>
{
    public void Configure(EntityTypeBuilder<ClientBillingTerms> b)
    {
        b.ToTable("client_billing_terms");
        b.Property(x => x.LedesClientId).HasMaxLength(20);
        b.HasIndex(x => new { x.FirmId, x.ClientId }).IsUnique();
        b.HasOne<Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ClientId });
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class FeeArrangementConfiguration : IEntityTypeConfiguration<FeeArrangement>
{
    public void Configure(EntityTypeBuilder<FeeArrangement> b)
    {
        b.ToTable("fee_arrangements");
        b.Property(x => x.ClientMatterReference).HasMaxLength(40);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.HasIndex(x => new { x.FirmId, x.MatterId }).IsUnique();
        b.ToMatter();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class FeeStageConfiguration : IEntityTypeConfiguration<FeeStage>
{
    public void Configure(EntityTypeBuilder<FeeStage> b)
    {
        b.ToTable("fee_stages");
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => new { x.FirmId, x.MatterId, x.Position });
        b.ToMatter();
        b.ToInvoice(nameof(FeeStage.InvoiceId));
    }
}

internal sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> b)
    {
        b.ToTable("time_entries");
        b.Property(x => x.ActivityCode).HasMaxLength(20);
        b.Property(x => x.TaskCode).HasMaxLength(20);
        b.Property(x => x.Narrative).HasMaxLength(4000);
        b.Property(x => x.WriteOffReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        // WIP of a matter; a fee earner's timesheet week; the bill's entries.
        b.HasIndex(x => new { x.FirmId, x.MatterId, x.Status, x.Date });
        b.HasIndex(x => new { x.FirmId, x.UserId, x.Date });
        b.HasIndex(x => new { x.FirmId, x.InvoiceId });
        b.ToMatter();
        b.ToUser(nameof(TimeEntry.UserId));
        b.ToUser(nameof(TimeEntry.RecordedByUserId));
        b.ToInvoice(nameof(TimeEntry.InvoiceId));
        b.HasOne<Rate>().WithMany().HasForeignKey(x => new { x.FirmId, x.RateId });
    }
}

internal sealed class WorkTimerConfiguration : IEntityTypeConfiguration<WorkTimer>
{
    public void Configure(EntityTypeBuilder<WorkTimer> b)
    {
        b.ToTable("work_timers");
        b.Property(x => x.Narrative).HasMaxLength(4000);
        b.Property(x => x.ActivityCode).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.FirmId, x.UserId });
        b.ToUser(nameof(WorkTimer.UserId));
        b.HasOne<Matter>().WithMany().HasForeignKey(x => new { x.FirmId, x.MatterId });
    }
}

internal sealed class DisbursementConfiguration : IEntityTypeConfiguration<Disbursement>
{
    public void Configure(EntityTypeBuilder<Disbursement> b)
    {
        b.ToTable("disbursements");
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.Supplier).HasMaxLength(200);
        b.Property(x => x.SupplierReference).HasMaxLength(100);
        b.Property(x => x.WriteOffReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.FirmId, x.MatterId, x.Status, x.Date });
        b.HasIndex(x => new { x.FirmId, x.InvoiceId });
        b.ToMatter();
        b.ToUser(nameof(Disbursement.RecordedByUserId));
        b.ToInvoice(nameof(Disbursement.InvoiceId));
    }
}
