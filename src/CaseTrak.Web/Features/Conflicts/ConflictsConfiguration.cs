using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Features.Conflicts;

internal sealed class ConflictCheckConfiguration : IEntityTypeConfiguration<ConflictCheck>
{
    public void Configure(EntityTypeBuilder<ConflictCheck> b)
    {
        b.ToTable("conflict_checks");
        b.Property(x => x.Terms).HasMaxLength(4000);
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.Property(x => x.DecisionReason).HasMaxLength(4000);
        b.HasIndex(x => new { x.FirmId, x.RunAt });
        b.HasOne<Contacts.Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ClientId });
    }
}

internal sealed class ConflictHitConfiguration : IEntityTypeConfiguration<ConflictHit>
{
    public void Configure(EntityTypeBuilder<ConflictHit> b)
    {
        b.ToTable("conflict_hits");
        b.Property(x => x.Term).HasMaxLength(200);
        b.Property(x => x.MatchedName).HasMaxLength(200);
        b.Property(x => x.MatterReference).HasMaxLength(40);
        b.Property(x => x.Role).HasMaxLength(40);
        b.HasIndex(x => new { x.FirmId, x.CheckId });
        b.HasOne<ConflictCheck>().WithMany().HasForeignKey(x => new { x.FirmId, x.CheckId });
    }
}
