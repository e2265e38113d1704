namespace CaseTrak.Web.Features.ClientMoney;

internal static class ClientMoneyRegistersApi
{
    public static IServiceCollection AddClientMoneyRegisters(this IServiceCollection services) => services;

    public static void MapClientMoneyRegistersApi(this IEndpointRouteBuilder app)
    {
    }
}
