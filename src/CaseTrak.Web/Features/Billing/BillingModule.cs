namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Time, disbursements, rates, bills, credit notes, payments, LEDES and billing reports. Each area
/// registers its own handlers and routes (Time/, Bills/, Outputs/, Reports/).
/// </summary>
public static class BillingModule
{
    public static IServiceCollection AddBilling(this IServiceCollection services) => services
        .AddTimeRecording()
        .AddBills()
        .AddBillingOutputs()
        .AddBillingReports()
        .AddBillingRuns();

    public static void MapBillingApi(this IEndpointRouteBuilder app)
    {
        app.MapTimeRecordingApi();
        app.MapBillsApi();
        app.MapBillingOutputsApi();
        app.MapBillingReportsApi();
        app.MapBillingRunsApi();
    }
}
