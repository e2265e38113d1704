using CaseTrak.Web.Features.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Features.Billing;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.ToTable("invoices");
        b.Property(x => x.Number).HasMaxLength(30);
        b.Property(x => x.RequestNumber).HasMaxLength(30);
        b.Property(x => x.DeliveryMethod).HasMaxLength(50);
        b.Property(x => x.Narrative).HasMaxLength(4000);
        foreach (var p in new[] { nameof(Invoice.SupplierName), nameof(Invoice.CustomerName) })
            b.Property(p).HasMaxLength(300);
        foreach (var p in new[] { nameof(Invoice.SupplierAddress), nameof(Invoice.CustomerAddress), nameof(Invoice.RegulatoryStatement) })
            b.Property(p).HasMaxLength(1000);
        b.Property(x => x.SupplierVatNumber).HasMaxLength(20);
        b.Property(x => x.SupplierSraNumber).HasMaxLength(20);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.VoidReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        // Numbers are unique per firm; the register lists by number; aged debt reads final bills by date.
        b.HasIndex(x => new { x.FirmId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.FirmId, x.RequestNumber }).IsUnique();
        b.HasIndex(x => new { x.FirmId, x.MatterId, x.Status });
        b.HasIndex(x => new { x.FirmId, x.Status, x.IssuedOn });
        b.HasIndex(x => new { x.FirmId, x.ClientId });
        b.ToMatter();
        b.HasOne<Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ClientId });
        b.ToUser(nameof(Invoice.CreatedByUserId));
        b.ToUser(nameof(Invoice.FinalisedByUserId));
        b.ToUser(nameof(Invoice.VoidedByUserId));
    }
}

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> b)
    {
        b.ToTable("invoice_lines");
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.ActivityCode).HasMaxLength(20);
        b.Property(x => x.TaskCode).HasMaxLength(20);
        b.Property(x => x.AdjustmentReason).HasMaxLength(500);
        b.HasIndex(x => new { x.FirmId, x.InvoiceId, x.Position });
        b.ToInvoice(nameof(InvoiceLine.InvoiceId));
        b.ToMatter();
        b.HasOne<TimeEntry>().WithMany().HasForeignKey(x => new { x.FirmId, x.TimeEntryId });
        b.HasOne<Disbursement>().WithMany().HasForeignKey(x => new { x.FirmId, x.DisbursementId });
        b.HasOne<FeeStage>().WithMany().HasForeignKey(x => new { x.FirmId, x.FeeStageId });
        b.ToUser(nameof(InvoiceLine.UserId));
    }
}

internal sealed class CreditNoteConfiguration : IEntityTypeConfiguration<CreditNote>
{
    public void Configure(EntityTypeBuilder<CreditNote> b)
    {
        b.ToTable("credit_notes");
        b.Property(x => x.Number).HasMaxLength(30);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.HasIndex(x => new { x.FirmId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.FirmId, x.InvoiceId });
        b.ToInvoice(nameof(CreditNote.InvoiceId));
        b.ToMatter();
        b.ToUser(nameof(CreditNote.CreatedByUserId));
    }
}

internal sealed class CreditNoteLineConfiguration : IEntityTypeConfiguration<CreditNoteLine>
{
    public void Configure(EntityTypeBuilder<CreditNoteLine> b)
    {
        b.ToTable("credit_note_lines");
        b.Property(x => x.Description).HasMaxLength(4000);
        b.HasIndex(x => new { x.FirmId, x.CreditNoteId });
        b.HasOne<CreditNote>().WithMany().HasForeignKey(x => new { x.FirmId, x.CreditNoteId });
        b.HasOne<InvoiceLine>().WithMany().HasForeignKey(x => new { x.FirmId, x.InvoiceLineId });
        b.ToMatter();
    }
}

internal sealed class OfficePaymentConfiguration : IEntityTypeConfiguration<OfficePayment>
{
    public void Configure(EntityTypeBuilder<OfficePayment> b)
    {
        b.ToTable("office_payments");
        b.Property(x => x.Payer).HasMaxLength(200);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.FirmId, x.ClientId });
        b.HasIndex(x => new { x.FirmId, x.ReceivedOn });
        b.HasOne<Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ClientId });
        b.ToUser(nameof(OfficePayment.RecordedByUserId));
    }
}

internal sealed class PaymentAllocationConfiguration : IEntityTypeConfiguration<PaymentAllocation>
{
    public void Configure(EntityTypeBuilder<PaymentAllocation> b)
    {
        b.ToTable("payment_allocations");
        b.HasIndex(x => new { x.FirmId, x.PaymentId });
        b.HasIndex(x => new { x.FirmId, x.InvoiceId });
        b.HasOne<OfficePayment>().WithMany().HasForeignKey(x => new { x.FirmId, x.PaymentId });
        b.ToInvoice(nameof(PaymentAllocation.InvoiceId));
        b.ToMatter();
        b.ToUser(nameof(PaymentAllocation.AllocatedByUserId));
    }
}
