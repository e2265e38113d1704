using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTrak.Web.Features.Billing;

internal static class TimeRecordingApi
{
    public static IServiceCollection AddTimeRecording(this IServiceCollection services) => services
        .AddScoped<BillingSettingsHandler>()
        .AddScoped<FeeEarnerProfilesHandler>()
        .AddScoped<RatesHandler>()
        .AddScoped<RateResolver>()
        .AddScoped<TimeEntryRules>()
        .AddScoped<RecordTimeHandler>()
        .AddScoped<ListTimeEntriesHandler>()
        .AddScoped<UpdateTimeEntryHandler>()
        .AddScoped<DeleteTimeEntryHandler>()
        .AddScoped<ApproveTimeEntriesHandler>()
        .AddScoped<WipQueries>()
        .AddScoped<FeeArrangementHandler>()
        .AddScoped<ClientBillingTermsHandler>()
        .AddScoped<TimersHandler>()
        .AddScoped<RecordDisbursementHandler>()
        .AddScoped<ListDisbursementsHandler>()
        .AddScoped<UpdateDisbursementHandler>()
        .AddScoped<ActivityCodesHandler>()
        .AddScoped<MatterPicker>();

    public static void MapTimeRecordingApi(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup("/api/v1/billing/settings").WithTags("Billing settings");
        settings.MapGet("/", async (BillingSettingsHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = BillingSettingsDto.From(await h.GetAsync(ct));
            BillingVersions.Set(http, dto.Version);
            return dto;
        });
        settings.MapPatch("/", async (UpdateBillingSettingsRequest request, BillingSettingsHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.UpdateAsync(request, BillingVersions.FromIfMatch(http), ct);
            BillingVersions.Set(http, dto.Version);
            return dto;
        }).RequireAuthorization(Policies.FirmAdmin);

        var users = app.MapGroup("/api/v1/users").WithTags("Fee earner profiles");
        users.MapGet("/{id:guid}/fee-earner-profile", async (Guid id, FeeEarnerProfilesHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.GetAsync(id, ct);
            BillingVersions.Set(http, dto.Version);
            return dto;
        });
        users.MapPut("/{id:guid}/fee-earner-profile", async (Guid id, SetFeeEarnerProfileRequest request, FeeEarnerProfilesHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.SetAsync(id, request, BillingVersions.FromIfMatch(http), ct);
            BillingVersions.Set(http, dto.Version);
            return dto;
        });

        var rates = app.MapGroup("/api/v1/rates").WithTags("Rates");
        rates.MapGet("/", (string? scope, Guid? matterId, Guid? clientId, Guid? userId, int? limit, string? cursor, RatesHandler h, CancellationToken ct) =>
            h.ListAsync(new(scope, matterId, clientId, userId, limit, cursor), ct));
        rates.MapPost("/", async Task<Created<RateDto>> (CreateRateRequest request, RatesHandler h, CancellationToken ct) =>
        {
            var dto = await h.CreateAsync(request, ct);
            return TypedResults.Created($"/api/v1/rates/{dto.Id}", dto);
        });
        rates.MapGet("/resolve", (Guid userId, Guid matterId, string? activityCode, DateOnly? date, RateResolver r, TimeEntryRules rules, TimeProvider clock, CancellationToken ct) =>
            ResolveAsync(userId, matterId, activityCode, date ?? BillingDisplay.Today(clock), r, rules, ct));

        var codes = app.MapGroup("/api/v1/activity-codes").WithTags("Activity codes");
        codes.MapGet("/", async (ActivityCodesHandler h, CancellationToken ct) => new { items = await h.ListAsync(ct), nextCursor = (string?)null });
        codes.MapPost("/", async Task<Created<ActivityCodeDto>> (CreateActivityCodeRequest request, ActivityCodesHandler h, CancellationToken ct) =>
            TypedResults.Created("/api/v1/activity-codes", await h.CreateAsync(request, ct)));

        TimeEntriesApi.Map(app);
        ArrangementsApi.Map(app);
        TimersApi.Map(app);
        DisbursementsApi.Map(app);
    }

    private static async Task<ResolvedRate> ResolveAsync(Guid userId, Guid matterId, string? activityCode, DateOnly date, RateResolver r, TimeEntryRules rules, CancellationToken ct)
    {
        await rules.VisibleMatterAsync(matterId, ct);
        return await r.ResolveAsync(userId, matterId, activityCode, date, ct);
    }
}
