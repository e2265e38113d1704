using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Matters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Features.ClientMoney;

internal static class ClientMoneyKeys
{
    public static void ToBankAccount<T>(this EntityTypeBuilder<T> b, string property) where T : class =>
        b.HasOne<BankAccount>().WithMany().HasForeignKey(nameof(Platform.Data.IFirmOwned.FirmId), property);

    public static void ToOptionalMatter<T>(this EntityTypeBuilder<T> b, string property = "MatterId") where T : class =>
        b.HasOne<Matter>().WithMany().HasForeignKey(nameof(Platform.Data.IFirmOwned.FirmId), property);

    public static void ToJournal<T>(this EntityTypeBuilder<T> b, string property) where T : class =>
        b.HasOne<LedgerJournal>().WithMany().HasForeignKey(nameof(Platform.Data.IFirmOwned.FirmId), property);
}

internal sealed class BankAccountConfiguration : IEntityTypeConfiguration<BankAccount>
{
    public void Configure(EntityTypeBuilder<BankAccount> b)
    {
        b.ToTable("bank_accounts");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.BankName).HasMaxLength(200);
        b.Property(x => x.SortCode).HasMaxLength(6);
        b.Property(x => x.AccountNumber).HasMaxLength(8);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.StatementCsvMapping).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.FirmId, x.SortCode, x.AccountNumber }).IsUnique();
        b.ToUser(nameof(BankAccount.CreatedByUserId));
    }
}

internal sealed class LedgerJournalConfiguration : IEntityTypeConfiguration<LedgerJournal>
{
    public void Configure(EntityTypeBuilder<LedgerJournal> b)
    {
        b.ToTable("ledger_journals");
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.ReversalReason).HasMaxLength(500);
        b.HasIndex(x => new { x.FirmId, x.Number }).IsUnique();
        // One reversal per journal, enforced by the database as well as the handler.
        b.HasIndex(x => new { x.FirmId, x.ReversesJournalId }).IsUnique();
        b.ToJournal(nameof(LedgerJournal.ReversesJournalId));
        b.ToUser(nameof(LedgerJournal.EnteredByUserId));
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.ToTable("ledger_entries");
        b.Property(x => x.Description).HasMaxLength(500);
        // Matter ledger (balance and statement), cash book per account by date, and journal lines.
        b.HasIndex(x => new { x.FirmId, x.MatterId, x.Account, x.PostedOn }).IncludeProperties(x => x.AmountMinor);
        b.HasIndex(x => new { x.FirmId, x.BankAccountId, x.Account, x.PostedOn }).IncludeProperties(x => x.AmountMinor);
        b.HasIndex(x => new { x.FirmId, x.JournalId });
        b.ToJournal(nameof(LedgerEntry.JournalId));
        b.ToBankAccount(nameof(LedgerEntry.BankAccountId));
        b.ToOptionalMatter();
        b.ToInvoice(nameof(LedgerEntry.InvoiceId));
    }
}

internal sealed class MatterClientBalanceConfiguration : IEntityTypeConfiguration<MatterClientBalance>
{
    public void Configure(EntityTypeBuilder<MatterClientBalance> b)
    {
        b.ToTable("matter_client_balances");
        b.HasIndex(x => new { x.FirmId, x.MatterId, x.BankAccountId }).IsUnique();
        b.HasIndex(x => new { x.FirmId, x.BankAccountId });
        b.ToMatter();
        b.ToBankAccount(nameof(MatterClientBalance.BankAccountId));
    }
}
