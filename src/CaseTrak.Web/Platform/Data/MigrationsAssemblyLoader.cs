using System.Reflection;
using System.Runtime.Loader;

namespace CaseTrak.Web.Platform.Data;

/// <summary>
/// The migrations assemblies are copied beside ours after the build (docs/adr/0002) and so are not in our
/// deps.json; teach the loader to find them there when EF asks for them by name.
/// </summary>
internal static class MigrationsAssemblyLoader
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
            return;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name is null || !name.Name.StartsWith("CaseTrak.Migrations.", StringComparison.Ordinal))
                return null;
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
    }
}
