namespace CaseTrak.Web.Features.ClientMoney;

internal static class ClientMoneyInApi
{
    public static IServiceCollection AddClientMoneyIn(this IServiceCollection services) => services;

    public static void MapClientMoneyInApi(this IEndpointRouteBuilder app)
    {
    }
}
