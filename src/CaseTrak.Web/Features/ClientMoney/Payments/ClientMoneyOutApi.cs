namespace CaseTrak.Web.Features.ClientMoney;

internal static class ClientMoneyOutApi
{
    public static IServiceCollection AddClientMoneyOut(this IServiceCollection services) => services;

    public static void MapClientMoneyOutApi(this IEndpointRouteBuilder app)
    {
    }
}
