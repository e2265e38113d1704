using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseTrak.Migrations.Sqlite;

/// <summary>Used only by dotnet-ef, to build the Sqlite model these migrations are diffed against.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(DataServices.BuildOptions(DatabaseProvider.Sqlite, "Data Source=:memory:"));
}
