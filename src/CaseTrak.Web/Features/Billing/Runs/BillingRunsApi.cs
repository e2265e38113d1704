namespace CaseTrak.Web.Features.Billing;

internal static class BillingRunsApi
{
    public static IServiceCollection AddBillingRuns(this IServiceCollection services) => services
        .AddScoped<RunBillingHandler>();

    public static void MapBillingRunsApi(this IEndpointRouteBuilder app)
    {
        // Partner or administrator: the handler checks, as the other billing slices do (403 otherwise).
        app.MapPost("/api/v1/billing-runs", (BillingRunRequest request, RunBillingHandler h, CancellationToken ct) => h.HandleAsync(request, ct))
            .WithTags("Billing runs");
    }
}
