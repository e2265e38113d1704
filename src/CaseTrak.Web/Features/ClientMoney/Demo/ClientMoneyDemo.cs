using CaseTrak.Web.Platform.Cli;

namespace CaseTrak.Web.Features.ClientMoney;

internal static class ClientMoneyDemo
{
    public static IServiceCollection AddClientMoneyDemo(this IServiceCollection services) => services
        .AddScoped<IDemoContributor, ClientMoneyDemoContributor>();
}
