using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Platform.Data;

/// <summary>Model parts only one provider has; the other provider's migrations never see them.</summary>
internal static class ProviderModel
{
    public static void Apply(ModelBuilder builder, AppDbContext context)
    {
        if (!context.Database.IsNpgsql())
            return;
        // Fuzzy name search (conflict checks) with trigram GIN indexes.
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Features.Contacts.ContactName>().HasIndex(x => x.Normalised, "ix_contact_names_normalised_trgm")
            .HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Entity<Features.Matters.Matter>().HasIndex(x => x.Title, "ix_matters_title_trgm")
            .HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
