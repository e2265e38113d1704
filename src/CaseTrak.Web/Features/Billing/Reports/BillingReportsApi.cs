namespace CaseTrak.Web.Features.Billing;

internal static class BillingReportsApi
{
    public static IServiceCollection AddBillingReports(this IServiceCollection services) => services;

    public static void MapBillingReportsApi(this IEndpointRouteBuilder app)
    {
    }
}
