using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Platform.Access;

internal sealed class MatterBarrierConfiguration : IEntityTypeConfiguration<MatterBarrier>
{
    public void Configure(EntityTypeBuilder<MatterBarrier> b)
    {
        b.ToTable("matter_barriers");
        b.HasKey(x => new { x.FirmId, x.MatterId });
        b.HasOne<Features.Firms.Firm>().WithMany().HasForeignKey(x => x.FirmId);
    }
}

internal sealed class MatterBarrierMemberConfiguration : IEntityTypeConfiguration<MatterBarrierMember>
{
    public void Configure(EntityTypeBuilder<MatterBarrierMember> b)
    {
        b.ToTable("matter_barrier_members");
        b.HasIndex(x => new { x.FirmId, x.MatterId, x.UserId }).IsUnique();
        b.HasIndex(x => new { x.FirmId, x.UserId });
        b.HasOne<MatterBarrier>().WithMany().HasForeignKey(x => new { x.FirmId, x.MatterId });
        b.HasOne<Features.Firms.AppUser>().WithMany().HasForeignKey(x => new { x.FirmId, x.UserId })
            .HasPrincipalKey(u => new { u.FirmId, u.Id });
    }
}
