using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Features.ClientMoney;

internal sealed class ClientReceiptConfiguration : IEntityTypeConfiguration<ClientReceipt>
{
    public void Configure(EntityTypeBuilder<ClientReceipt> b)
    {
        b.ToTable("client_receipts");
        b.Property(x => x.Payer).HasMaxLength(200);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.CddException).HasMaxLength(1000);
        b.HasIndex(x => new { x.FirmId, x.MatterId });
        b.HasIndex(x => new { x.FirmId, x.BankAccountId, x.AllocatedAt });
        b.ToBankAccount(nameof(ClientReceipt.BankAccountId));
        b.ToOptionalMatter();
        b.ToInvoice(nameof(ClientReceipt.InvoiceId));
        b.ToJournal(nameof(ClientReceipt.JournalId));
        b.ToJournal(nameof(ClientReceipt.AllocationJournalId));
        b.ToUser(nameof(ClientReceipt.ReceivedByUserId));
    }
}

internal sealed class ClientPaymentConfiguration : IEntityTypeConfiguration<ClientPayment>
{
    public void Configure(EntityTypeBuilder<ClientPayment> b)
    {
        b.ToTable("client_payments");
        b.Property(x => x.Payee).HasMaxLength(200);
        b.Property(x => x.PayeeSortCode).HasMaxLength(8);
        b.Property(x => x.PayeeAccountNumber).HasMaxLength(8);
        b.Property(x => x.PayeeReference).HasMaxLength(100);
        b.Property(x => x.Purpose).HasMaxLength(500);
        b.Property(x => x.Instruction).HasMaxLength(1000);
        b.Property(x => x.RejectionReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.FirmId, x.Status, x.RequestedAt });
        b.HasIndex(x => new { x.FirmId, x.MatterId });
        b.ToMatter();
        b.ToBankAccount(nameof(ClientPayment.BankAccountId));
        b.HasOne<Disbursement>().WithMany().HasForeignKey(x => new { x.FirmId, x.DisbursementId });
        b.ToJournal(nameof(ClientPayment.JournalId));
        b.ToUser(nameof(ClientPayment.RequestedByUserId));
        b.ToUser(nameof(ClientPayment.FirstApproverUserId));
        b.ToUser(nameof(ClientPayment.SecondApproverUserId));
        b.ToUser(nameof(ClientPayment.RejectedByUserId));
        b.ToUser(nameof(ClientPayment.CancelledByUserId));
    }
}

internal sealed class ClientTransferConfiguration : IEntityTypeConfiguration<ClientTransfer>
{
    public void Configure(EntityTypeBuilder<ClientTransfer> b)
    {
        b.ToTable("client_transfers");
        b.Property(x => x.Authority).HasMaxLength(1000);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.HasIndex(x => new { x.FirmId, x.MatterId });
        b.HasIndex(x => new { x.FirmId, x.InvoiceId });
        b.ToMatter();
        b.ToOptionalMatter(nameof(ClientTransfer.ToMatterId));
        b.ToBankAccount(nameof(ClientTransfer.BankAccountId));
        b.ToInvoice(nameof(ClientTransfer.InvoiceId));
        b.HasOne<OfficePayment>().WithMany().HasForeignKey(x => new { x.FirmId, x.OfficePaymentId });
        b.ToJournal(nameof(ClientTransfer.JournalId));
        b.ToUser(nameof(ClientTransfer.TransferredByUserId));
    }
}

internal sealed class ReconciliationConfiguration : IEntityTypeConfiguration<Reconciliation>
{
    public void Configure(EntityTypeBuilder<Reconciliation> b)
    {
        b.ToTable("reconciliations");
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.FirmId, x.BankAccountId, x.StatementDate }).IsUnique();
        b.ToBankAccount(nameof(Reconciliation.BankAccountId));
        b.ToUser(nameof(Reconciliation.CreatedByUserId));
        b.ToUser(nameof(Reconciliation.SignedOffByUserId));
    }
}

internal sealed class StatementLineConfiguration : IEntityTypeConfiguration<StatementLine>
{
    public void Configure(EntityTypeBuilder<StatementLine> b)
    {
        b.ToTable("statement_lines");
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.ExternalId).HasMaxLength(100);
        b.HasIndex(x => new { x.FirmId, x.BankAccountId, x.ExternalId }).IsUnique();
        b.HasIndex(x => new { x.FirmId, x.ReconciliationId, x.Date });
        // A cash-book entry matches at most one statement line.
        b.HasIndex(x => new { x.FirmId, x.MatchedEntryId }).IsUnique();
        b.HasOne<Reconciliation>().WithMany().HasForeignKey(x => new { x.FirmId, x.ReconciliationId });
        b.ToBankAccount(nameof(StatementLine.BankAccountId));
        b.HasOne<LedgerEntry>().WithMany().HasForeignKey(x => new { x.FirmId, x.MatchedEntryId });
        b.ToUser(nameof(StatementLine.MatchedByUserId));
    }
}

internal sealed class ReconciliationItemConfiguration : IEntityTypeConfiguration<ReconciliationItem>
{
    public void Configure(EntityTypeBuilder<ReconciliationItem> b)
    {
        b.ToTable("reconciliation_items");
        b.Property(x => x.Explanation).HasMaxLength(500);
        b.HasIndex(x => new { x.FirmId, x.ReconciliationId });
        b.HasOne<Reconciliation>().WithMany().HasForeignKey(x => new { x.FirmId, x.ReconciliationId });
        b.HasOne<LedgerEntry>().WithMany().HasForeignKey(x => new { x.FirmId, x.LedgerEntryId });
        b.HasOne<StatementLine>().WithMany().HasForeignKey(x => new { x.FirmId, x.StatementLineId });
        b.ToUser(nameof(ReconciliationItem.CreatedByUserId));
    }
}
