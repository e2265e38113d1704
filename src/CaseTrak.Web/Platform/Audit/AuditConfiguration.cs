using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Platform.Audit;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.ToTable("audit_events");
        b.HasIndex(x => new { x.FirmId, x.Seq }).IsUnique();
        b.HasIndex(x => new { x.FirmId, x.At });
        b.HasIndex(x => new { x.FirmId, x.ActorId, x.Seq });
        b.Property(x => x.TargetType).HasMaxLength(64);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.Details).HasMaxLength(4000);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("audit_chain_heads");
        b.HasKey(x => x.FirmId);
        b.Property(x => x.LastHash).HasMaxLength(64);
        b.HasOne<Features.Firms.Firm>().WithOne().HasForeignKey<AuditChainHead>(x => x.FirmId);
    }
}
