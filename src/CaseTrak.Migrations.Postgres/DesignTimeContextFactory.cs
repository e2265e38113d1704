using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseTrak.Migrations.Postgres;

/// <summary>Used only by dotnet-ef, to build the Postgres model these migrations are diffed against.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(DataServices.BuildOptions(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=casetrak_design;Username=postgres"));
}
