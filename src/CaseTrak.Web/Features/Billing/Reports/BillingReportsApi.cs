namespace CaseTrak.Web.Features.Billing;

internal static class BillingReportsApi
{
    public static IServiceCollection AddBillingReports(this IServiceCollection services) => services
        .AddScoped<IBillingReport, WipReport>()
        .AddScoped<IBillingReport, AgedDebtReport>()
        .AddScoped<IBillingReport, BilledCollectedReport>()
        .AddScoped<IBillingReport, UtilisationReport>()
        .AddScoped<RunReportHandler>()
        .AddScoped<BillingDashboardQuery>()
        .AddScoped<IMatterBillingSummary, MatterBillingSummary>()
        .AddScoped<Platform.Cli.IDemoContributor, BillingDemoContributor>();

    public static void MapBillingReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/v1/reports").WithTags("Reports");
        // GET /api/v1/reports/{name}?asOf&from&to&feeEarnerId&practiceAreaId&by&format=json|csv|xlsx. feeEarnerId picks a fee
        // earner's time (wip, utilisation) or the matters they are responsible for (aged-debt, billed-collected).
        reports.MapGet("/{name}", async (string name, [AsParameters] ReportQuery query, RunReportHandler h, CancellationToken ct) =>
        {
            h.Find(name);
            var parameters = await h.ParametersAsync(query, ct);
            if (parameters.Format == ReportFormat.Json)
                return Results.Ok(ReportResponse.From(await h.RunAsync(name, parameters, ct)));
            var file = await h.ExportAsync(name, parameters, ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).Produces<ReportResponse>();
    }
}
