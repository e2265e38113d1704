using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Features.Firms;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.HasAlternateKey(x => new { x.FirmId, x.Id });
        b.HasOne<Firm>().WithMany().HasForeignKey(x => x.FirmId);
        // One sign-in name across the platform: the email identifies the firm at sign-in.
        b.HasIndex(x => x.NormalizedEmail).IsUnique();
        b.HasIndex(x => new { x.FirmId, x.DisplayName });
        b.Property(x => x.DisplayName).HasMaxLength(200);
    }
}
