using CaseTrak.Web.Platform.Cli;

namespace CaseTrak.Web.Features.Matters.Demo;

public static class MattersDemo
{
    /// <summary>Registers the demo contributor for contacts and matters (`--demo`).</summary>
    public static IServiceCollection AddMattersDemo(this IServiceCollection services) =>
        services.AddScoped<IDemoContributor, MattersDemoContributor>();
}
