using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTrak.Web.Features.Billing;

internal static class TimersApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var timers = app.MapGroup("/api/v1/timers").WithTags("Timers");
        timers.MapGet("/", async (TimersHandler h, CancellationToken ct) => new { items = await h.ListAsync(ct), nextCursor = (string?)null });
        timers.MapPost("/", async Task<Created<TimerDto>> (StartTimerRequest request, TimersHandler h, CancellationToken ct) =>
        {
            var dto = await h.StartAsync(request, ct);
            return TypedResults.Created($"/api/v1/timers/{dto.Id}", dto);
        });
        timers.MapPost("/{id:guid}/pause", (Guid id, TimersHandler h, CancellationToken ct) => h.PauseAsync(id, ct));
        timers.MapPost("/{id:guid}/resume", (Guid id, TimersHandler h, CancellationToken ct) => h.ResumeAsync(id, ct));
        timers.MapPost("/{id:guid}/stop", async Task<Created<TimeEntryDto>> (Guid id, StopTimerRequest? request, TimersHandler h, CancellationToken ct) =>
        {
            var entry = await h.StopAsync(id, request ?? new(), ct);
            return TypedResults.Created($"/api/v1/time-entries/{entry.Id}", entry);
        });
        timers.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, TimersHandler h, CancellationToken ct) =>
        {
            await h.DeleteAsync(id, ct);
            return TypedResults.NoContent();
        });
    }
}
