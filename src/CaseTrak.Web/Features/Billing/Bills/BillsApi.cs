namespace CaseTrak.Web.Features.Billing;

internal static class BillsApi
{
    public static IServiceCollection AddBills(this IServiceCollection services) => services;

    public static void MapBillsApi(this IEndpointRouteBuilder app)
    {
    }
}
