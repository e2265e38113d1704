using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Platform.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Features.ClientMoney;

internal sealed class AccountsBreachConfiguration : IEntityTypeConfiguration<AccountsBreach>
{
    public void Configure(EntityTypeBuilder<AccountsBreach> b)
    {
        b.ToTable("accounts_breaches");
        b.Property(x => x.Rule).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Correction).HasMaxLength(2000);
        b.Property(x => x.SourceKey).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.FirmId, x.SourceKey }).IsUnique();
        b.HasIndex(x => new { x.FirmId, x.DiscoveredOn });
        b.ToOptionalMatter();
        b.ToBankAccount(nameof(AccountsBreach.BankAccountId));
        b.ToUser(nameof(AccountsBreach.RecordedByUserId));
    }
}

internal sealed class ResidualBalanceConfiguration : IEntityTypeConfiguration<ResidualBalance>
{
    public void Configure(EntityTypeBuilder<ResidualBalance> b)
    {
        b.ToTable("residual_balances");
        b.Property(x => x.OwnerName).HasMaxLength(200);
        b.Property(x => x.TracingSteps).HasMaxLength(4000);
        b.Property(x => x.CharityName).HasMaxLength(200);
        b.Property(x => x.CharityNumber).HasMaxLength(20);
        b.Property(x => x.SraAuthorityReference).HasMaxLength(50);
        b.HasIndex(x => new { x.FirmId, x.PaidOn });
        b.ToMatter();
        b.ToBankAccount(nameof(ResidualBalance.BankAccountId));
        b.HasOne<ClientPayment>().WithMany().HasForeignKey(x => new { x.FirmId, x.PaymentId });
        b.ToUser(nameof(ResidualBalance.RecordedByUserId));
    }
}

internal sealed class BalanceReturnConfiguration : IEntityTypeConfiguration<BalanceReturn>
{
    public void Configure(EntityTypeBuilder<BalanceReturn> b)
    {
        b.ToTable("balance_returns");
        b.HasIndex(x => new { x.FirmId, x.MatterId, x.Status });
        b.HasIndex(x => new { x.FirmId, x.Status, x.DueOn });
        b.ToMatter();
        b.ToUser(nameof(BalanceReturn.AssignedToUserId));
    }
}

internal sealed class ClientMoneySettingsConfiguration : IEntityTypeConfiguration<ClientMoneySettings>
{
    public void Configure(EntityTypeBuilder<ClientMoneySettings> b)
    {
        b.ToTable("client_money_settings");
        b.HasIndex(x => x.FirmId).IsUnique();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_records");
        b.Property(x => x.Key).HasMaxLength(255);
        b.Property(x => x.RequestHash).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Location).HasMaxLength(300);
        b.HasIndex(x => new { x.FirmId, x.Key }).IsUnique();
        b.HasIndex(x => new { x.FirmId, x.CreatedAt });
    }
}
