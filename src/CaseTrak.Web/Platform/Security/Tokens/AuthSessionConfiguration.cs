using CaseTrak.Web.Features.Firms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Platform.Security.Tokens;

internal sealed class AuthSessionConfiguration : IEntityTypeConfiguration<AuthSession>
{
    public void Configure(EntityTypeBuilder<AuthSession> b)
    {
        b.ToTable("auth_sessions");
        b.HasIndex(x => x.AccessTokenHash).IsUnique();
        b.HasIndex(x => x.RefreshTokenHash).IsUnique();
        b.HasIndex(x => new { x.FirmId, x.UserId });
        b.Property(x => x.AccessTokenHash).HasMaxLength(64);
        b.Property(x => x.RefreshTokenHash).HasMaxLength(64);
        b.Property(x => x.SecurityStamp).HasMaxLength(64);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => new { x.FirmId, x.UserId }).HasPrincipalKey(u => new { u.FirmId, u.Id });
    }
}
