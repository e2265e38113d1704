using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Features.Firms;

internal sealed class FirmConfiguration : IEntityTypeConfiguration<Firm>
{
    public void Configure(EntityTypeBuilder<Firm> b)
    {
        b.ToTable("firms");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.SraNumber).HasMaxLength(20);
        b.Property(x => x.AddressLine1).HasMaxLength(200);
        b.Property(x => x.AddressLine2).HasMaxLength(200);
        b.Property(x => x.Town).HasMaxLength(100);
        b.Property(x => x.Postcode).HasMaxLength(10);
        b.Property(x => x.VatNumber).HasMaxLength(20);
        b.Property(x => x.Region).HasMaxLength(32);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
