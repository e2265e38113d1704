using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Features.Contacts;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.ToTable("contacts");
        foreach (var p in new[] { nameof(Contact.Title), nameof(Contact.Postcode) })
            b.Property(p).HasMaxLength(20);
        foreach (var p in new[] { nameof(Contact.FirstName), nameof(Contact.MiddleNames), nameof(Contact.LastName), nameof(Contact.Town), nameof(Contact.County), nameof(Contact.Country), nameof(Contact.Phone) })
            b.Property(p).HasMaxLength(100);
        foreach (var p in new[] { nameof(Contact.Name), nameof(Contact.DisplayName), nameof(Contact.AddressLine1), nameof(Contact.AddressLine2) })
            b.Property(p).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.CompanyNumber).HasMaxLength(20);
        b.Property(x => x.ClientCode).HasMaxLength(12);
        b.HasIndex(x => new { x.FirmId, x.ClientCode }).IsUnique();
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.FirmId, x.DisplayName, x.Id });
        b.HasIndex(x => new { x.FirmId, x.UpdatedAt });
    }
}

internal sealed class ContactNameConfiguration : IEntityTypeConfiguration<ContactName>
{
    public void Configure(EntityTypeBuilder<ContactName> b)
    {
        b.ToTable("contact_names");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Normalised).HasMaxLength(200);
        b.HasIndex(x => new { x.FirmId, x.Normalised });
        b.HasIndex(x => new { x.FirmId, x.ContactId });
        b.HasOne<Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ContactId });
    }
}

internal sealed class ContactMethodConfiguration : IEntityTypeConfiguration<ContactMethod>
{
    public void Configure(EntityTypeBuilder<ContactMethod> b)
    {
        b.ToTable("contact_methods");
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.Label).HasMaxLength(50);
        b.Property(x => x.Value).HasMaxLength(400);
        b.HasOne<Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ContactId });
    }
}

internal sealed class ContactRelationshipConfiguration : IEntityTypeConfiguration<ContactRelationship>
{
    public void Configure(EntityTypeBuilder<ContactRelationship> b)
    {
        b.ToTable("contact_relationships");
        b.Property(x => x.Notes).HasMaxLength(400);
        b.HasOne<Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.FromContactId });
        b.HasOne<Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ToContactId });
        b.HasIndex(x => new { x.FirmId, x.ToContactId });
    }
}

internal sealed class ContactNoteConfiguration : IEntityTypeConfiguration<ContactNote>
{
    public void Configure(EntityTypeBuilder<ContactNote> b)
    {
        b.ToTable("contact_notes");
        b.Property(x => x.Body).HasMaxLength(8000);
        b.HasOne<Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ContactId });
    }
}

internal sealed class DueDiligenceRecordConfiguration : IEntityTypeConfiguration<DueDiligenceRecord>
{
    public void Configure(EntityTypeBuilder<DueDiligenceRecord> b)
    {
        b.ToTable("due_diligence_records");
        b.Property(x => x.Method).HasMaxLength(100);
        b.Property(x => x.EvidenceType).HasMaxLength(100);
        b.Property(x => x.EvidenceNumberMasked).HasMaxLength(20);
        b.Property(x => x.RiskReasons).HasMaxLength(2000);
        b.Property(x => x.SourceOfFunds).HasMaxLength(2000);
        b.Property(x => x.SourceOfWealth).HasMaxLength(2000);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.HasIndex(x => new { x.FirmId, x.ContactId, x.RecordedAt });
        b.HasOne<Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ContactId });
    }
}

internal sealed class BeneficialOwnerConfiguration : IEntityTypeConfiguration<BeneficialOwner>
{
    public void Configure(EntityTypeBuilder<BeneficialOwner> b)
    {
        b.ToTable("beneficial_owners");
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasOne<DueDiligenceRecord>().WithMany().HasForeignKey(x => new { x.FirmId, x.RecordId });
    }
}

internal sealed class NameTrigramConfiguration : IEntityTypeConfiguration<NameTrigram>
{
    public void Configure(EntityTypeBuilder<NameTrigram> b)
    {
        b.ToTable("name_trigrams");
        b.Property(x => x.Trigram).HasMaxLength(3);
        b.HasIndex(x => new { x.FirmId, x.Trigram, x.NameId });
        b.HasIndex(x => new { x.FirmId, x.NameId });
        b.HasOne<ContactName>().WithMany().HasForeignKey(x => new { x.FirmId, x.NameId });
    }
}
