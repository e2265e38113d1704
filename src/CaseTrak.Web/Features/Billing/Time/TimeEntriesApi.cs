using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTrak.Web.Features.Billing;

internal static class TimeEntriesApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var time = app.MapGroup("/api/v1/time-entries").WithTags("Time");
        time.MapGet("/", (Guid? matterId, Guid? userId, DateOnly? from, DateOnly? to, string? status, string? approval, int? limit, string? cursor,
            ListTimeEntriesHandler h, CancellationToken ct) => h.HandleAsync(new(matterId, userId, from, to, status, approval, limit, cursor), ct));
        time.MapGet("/{id:guid}", async (Guid id, ListTimeEntriesHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.GetAsync(id, ct);
            BillingVersions.Set(http, dto.Version);
            return dto;
        });
        time.MapPost("/", async Task<Created<TimeEntryDto>> (RecordTimeRequest request, RecordTimeHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.HandleAsync(request, ct);
            BillingVersions.Set(http, dto.Version);
            return TypedResults.Created($"/api/v1/time-entries/{dto.Id}", dto);
        });
        time.MapPatch("/{id:guid}", async (Guid id, UpdateTimeEntryRequest request, UpdateTimeEntryHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.HandleAsync(id, request, BillingVersions.FromIfMatch(http), ct);
            BillingVersions.Set(http, dto.Version);
            return dto;
        });
        time.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, DeleteTimeEntryHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
        time.MapPost("/approve", async (ApproveTimeEntriesRequest request, ApproveTimeEntriesHandler h, CancellationToken ct) =>
            new { items = await h.HandleAsync(request, ct) });
    }
}
