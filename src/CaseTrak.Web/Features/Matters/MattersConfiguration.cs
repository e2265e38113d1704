using CaseTrak.Web.Features.Firms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseTrak.Web.Features.Matters;

internal sealed class MatterConfiguration : IEntityTypeConfiguration<Matter>
{
    public void Configure(EntityTypeBuilder<Matter> b)
    {
        b.ToTable("matters");
        b.Property(x => x.Reference).HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.CustomFields).HasMaxLength(8000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.FirmId, x.Reference }).IsUnique();
        // The matter list: status filter, newest activity first, keyset on (LastActivityAt, Id).
        b.HasIndex(x => new { x.FirmId, x.Status, x.LastActivityAt, x.Id });
        b.HasIndex(x => new { x.FirmId, x.LastActivityAt, x.Id });
        b.HasIndex(x => new { x.FirmId, x.ClientId });
        b.HasIndex(x => new { x.FirmId, x.ResponsibleUserId, x.Status });
        b.HasOne<Contacts.Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ClientId });
        b.HasOne<Conflicts.ConflictCheck>().WithMany().HasForeignKey(x => new { x.FirmId, x.ConflictCheckId });
        b.HasOne<PracticeArea>().WithMany().HasForeignKey(x => new { x.FirmId, x.PracticeAreaId });
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => new { x.FirmId, x.ResponsibleUserId }).HasPrincipalKey(u => new { u.FirmId, u.Id });
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => new { x.FirmId, x.SupervisingUserId }).HasPrincipalKey(u => new { u.FirmId, u.Id });
        b.HasOne<Platform.Access.MatterBarrier>().WithOne().HasForeignKey<Platform.Access.MatterBarrier>(x => new { x.FirmId, x.MatterId });
    }
}

internal sealed class MatterTeamMemberConfiguration : IEntityTypeConfiguration<MatterTeamMember>
{
    public void Configure(EntityTypeBuilder<MatterTeamMember> b)
    {
        b.ToTable("matter_team_members");
        b.HasIndex(x => new { x.FirmId, x.MatterId, x.UserId }).IsUnique();
        b.HasOne<Matter>().WithMany().HasForeignKey(x => new { x.FirmId, x.MatterId });
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => new { x.FirmId, x.UserId }).HasPrincipalKey(u => new { u.FirmId, u.Id });
    }
}

internal sealed class MatterPartyConfiguration : IEntityTypeConfiguration<MatterParty>
{
    public void Configure(EntityTypeBuilder<MatterParty> b)
    {
        b.ToTable("matter_parties");
        b.Property(x => x.Reference).HasMaxLength(100);
        b.HasIndex(x => new { x.FirmId, x.MatterId });
        b.HasIndex(x => new { x.FirmId, x.ContactId });
        b.HasOne<Matter>().WithMany().HasForeignKey(x => new { x.FirmId, x.MatterId });
        b.HasOne<Contacts.Contact>().WithMany().HasForeignKey(x => new { x.FirmId, x.ContactId });
    }
}

internal sealed class KeyDateConfiguration : IEntityTypeConfiguration<KeyDate>
{
    public void Configure(EntityTypeBuilder<KeyDate> b)
    {
        b.ToTable("key_dates");
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.Working).HasMaxLength(4000);
        b.HasIndex(x => new { x.FirmId, x.MatterId, x.Date });
        b.HasIndex(x => new { x.FirmId, x.Date });
        b.HasOne<Matter>().WithMany().HasForeignKey(x => new { x.FirmId, x.MatterId });
    }
}

internal sealed class UndertakingConfiguration : IEntityTypeConfiguration<Undertaking>
{
    public void Configure(EntityTypeBuilder<Undertaking> b)
    {
        b.ToTable("undertakings");
        b.Property(x => x.GivenTo).HasMaxLength(300);
        b.Property(x => x.Wording).HasMaxLength(8000);
        b.Property(x => x.DischargeEvidence).HasMaxLength(4000);
        b.HasIndex(x => new { x.FirmId, x.Status, x.DueOn });
        b.HasIndex(x => new { x.FirmId, x.MatterId });
        b.HasOne<Matter>().WithMany().HasForeignKey(x => new { x.FirmId, x.MatterId });
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => new { x.FirmId, x.GivenByUserId }).HasPrincipalKey(u => new { u.FirmId, u.Id });
    }
}

internal sealed class MatterNoteConfiguration : IEntityTypeConfiguration<MatterNote>
{
    public void Configure(EntityTypeBuilder<MatterNote> b)
    {
        b.ToTable("matter_notes");
        b.Property(x => x.Body).HasMaxLength(8000);
        b.HasIndex(x => new { x.FirmId, x.MatterId, x.CreatedAt });
        b.HasOne<Matter>().WithMany().HasForeignKey(x => new { x.FirmId, x.MatterId });
    }
}

internal sealed class PracticeAreaConfiguration : IEntityTypeConfiguration<PracticeArea>
{
    public void Configure(EntityTypeBuilder<PracticeArea> b)
    {
        b.ToTable("practice_areas");
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => new { x.FirmId, x.Name }).IsUnique();
    }
}

internal sealed class CustomFieldDefinitionConfiguration : IEntityTypeConfiguration<CustomFieldDefinition>
{
    public void Configure(EntityTypeBuilder<CustomFieldDefinition> b)
    {
        b.ToTable("custom_field_definitions");
        b.Property(x => x.Key).HasMaxLength(50);
        b.Property(x => x.Label).HasMaxLength(100);
        b.Property(x => x.Choices).HasMaxLength(2000);
        b.HasIndex(x => new { x.FirmId, x.PracticeAreaId, x.Key }).IsUnique();
        b.HasOne<PracticeArea>().WithMany().HasForeignKey(x => new { x.FirmId, x.PracticeAreaId });
    }
}
