namespace CaseTrak.Web.Features.Billing;

internal static class BillingOutputsApi
{
    public static IServiceCollection AddBillingOutputs(this IServiceCollection services) => services;

    public static void MapBillingOutputsApi(this IEndpointRouteBuilder app)
    {
    }
}
