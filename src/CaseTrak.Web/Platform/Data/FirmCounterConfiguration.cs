using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Platform.Data;

internal sealed class FirmCounterConfiguration : IEntityTypeConfiguration<FirmCounter>
{
    public void Configure(EntityTypeBuilder<FirmCounter> b)
    {
        b.HasKey(x => new { x.FirmId, x.Name });
        b.Property(x => x.Name).HasMaxLength(64);
        b.HasOne<Features.Firms.Firm>().WithMany().HasForeignKey(x => x.FirmId);
    }
}
