using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseTrak.IntegrationTests.Tenancy;

/// <summary>The tenancy shape of the EF model (DESIGN.md, SECURITY.md), checked on every entity there is or will be.</summary>
public sealed class TenantModelTests(TestApp app)
{
    [Fact]
    public void Every_firm_scoped_entity_has_the_named_tenant_filter()
    {
        var unfiltered = FirmScoped()
            .Where(e => !FirmScopeConventions.IsPlatformOnly(e.ClrType))
            .Where(e => e.FindDeclaredQueryFilter(AppDbContext.TenantFilter) is null)
            .Select(e => e.ClrType.Name).ToList();
        Assert.True(unfiltered.Count == 0, "Entities with a FirmId but no 'Tenant' query filter: " + string.Join(", ", unfiltered));
        Assert.NotNull(Model().FindEntityType(typeof(Firm))!.FindDeclaredQueryFilter(AppDbContext.TenantFilter));
    }

    [Fact]
    public void Every_firm_owned_entity_is_keyed_by_firm_and_id()
    {
        var wrong = Model().GetEntityTypes()
            .Where(e => typeof(IFirmOwned).IsAssignableFrom(e.ClrType))
            .Where(e => !e.FindPrimaryKey()!.Properties.Select(p => p.Name).SequenceEqual([nameof(IFirmOwned.FirmId), nameof(IFirmOwned.Id)]))
            .Select(e => $"{e.ClrType.Name} ({string.Join(", ", e.FindPrimaryKey()!.Properties.Select(p => p.Name))})").ToList();
        Assert.True(wrong.Count == 0, "IFirmOwned entities whose key is not (FirmId, Id): " + string.Join("; ", wrong));
    }

    [Fact]
    public void Every_reference_between_two_firm_scoped_entities_carries_the_firm()
    {
        var scoped = FirmScoped().Where(e => e.ClrType != typeof(Firm)).ToHashSet();
        var wrong = scoped.SelectMany(e => e.GetForeignKeys())
            .Where(fk => scoped.Contains(fk.PrincipalEntityType))
            .Where(fk => !CarriesFirm(fk))
            .Select(fk => $"{fk.DeclaringEntityType.ClrType.Name}({string.Join(", ", fk.Properties.Select(p => p.Name))}) -> " +
                $"{fk.PrincipalEntityType.ClrType.Name}({string.Join(", ", fk.PrincipalKey.Properties.Select(p => p.Name))})")
            .ToList();
        Assert.True(wrong.Count == 0, "Foreign keys that could point into another firm: " + string.Join("; ", wrong));
    }

    [Fact]
    public void Only_the_listed_platform_tables_go_without_the_tenant_filter()
    {
        var platformOnly = FirmScoped().Where(e => FirmScopeConventions.IsPlatformOnly(e.ClrType)).Select(e => e.ClrType.Name).Order().ToList();
        Assert.Equal(["AuditChainHead", "AuthSession", "FirmCounter"], platformOnly);
    }

    [Fact]
    public void No_feature_code_ignores_the_query_filters()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "CaseTrak.Web", "Features");
        Assert.True(Directory.Exists(features), $"{features} is missing.");
        var offenders = Directory.EnumerateFiles(features, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("IgnoreQueryFilters", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(features, f)).ToList();
        Assert.True(offenders.Count == 0, "Only Platform/ may ignore the tenant filter (STYLE.md rule 7); found in Features/: " + string.Join(", ", offenders));
    }

    private static bool CarriesFirm(IReadOnlyForeignKey fk)
    {
        var index = fk.Properties.Select(p => p.Name).ToList().IndexOf(nameof(IFirmOwned.FirmId));
        if (index < 0)
            return false;
        var principal = fk.PrincipalKey.Properties[index];
        return principal.Name == nameof(IFirmOwned.FirmId);
    }

    private IEnumerable<IEntityType> FirmScoped() => Model().GetEntityTypes()
        .Where(e => !e.IsOwned())
        .Where(e => e.ClrType == typeof(Firm) || e.ClrType.GetProperty(nameof(IFirmOwned.FirmId))?.PropertyType == typeof(Guid));

    private IModel Model()
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().GetService<IDesignTimeModel>().Model;
    }

    private string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseTrak.slnx")))
                return dir.FullName;
        }
        // Built under a separate artifacts folder: the source tree is where the web project's content root is.
        return Path.GetFullPath(Path.Combine(app.Factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>().ContentRootPath, "..", ".."));
    }
}
