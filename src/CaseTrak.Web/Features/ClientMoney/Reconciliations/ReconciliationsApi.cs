namespace CaseTrak.Web.Features.ClientMoney;

internal static class ReconciliationsApi
{
    public static IServiceCollection AddReconciliations(this IServiceCollection services) => services;

    public static void MapReconciliationsApi(this IEndpointRouteBuilder app)
    {
    }
}
