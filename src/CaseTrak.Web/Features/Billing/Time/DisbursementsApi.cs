using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTrak.Web.Features.Billing;

internal static class DisbursementsApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/disbursements").WithTags("Disbursements");
        api.MapGet("/", (Guid? matterId, DateOnly? from, DateOnly? to, string? status, bool? paid, int? limit, string? cursor, ListDisbursementsHandler h,
            CancellationToken ct) => h.HandleAsync(new(matterId, from, to, status, paid, limit, cursor), ct));
        api.MapGet("/{id:guid}", async (Guid id, ListDisbursementsHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.GetAsync(id, ct);
            BillingVersions.Set(http, dto.Version);
            return dto;
        });
        api.MapPost("/", async Task<Created<DisbursementDto>> (RecordDisbursementRequest request, RecordDisbursementHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.HandleAsync(request, ct);
            BillingVersions.Set(http, dto.Version);
            return TypedResults.Created($"/api/v1/disbursements/{dto.Id}", dto);
        });
        api.MapPatch("/{id:guid}", async (Guid id, UpdateDisbursementRequest request, UpdateDisbursementHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.HandleAsync(id, request, BillingVersions.FromIfMatch(http), ct);
            BillingVersions.Set(http, dto.Version);
            return dto;
        });
        api.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, UpdateDisbursementHandler h, CancellationToken ct) =>
        {
            await h.DeleteAsync(id, ct);
            return TypedResults.NoContent();
        });
    }
}
