using CaseTrak.Web.Features.Conflicts.Matching;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTrak.Web.Features.Conflicts;

public static class ConflictsModule
{
    public static IServiceCollection AddConflicts(this IServiceCollection services) => services
        .AddScoped<INameCandidateSource>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres
            ? new PostgresNameCandidates(sp.GetRequiredService<AppDbContext>())
            : new SqliteNameCandidates(sp.GetRequiredService<AppDbContext>()))
        .AddScoped<ConflictSearch>()
        .AddScoped<RunConflictCheckHandler>()
        .AddScoped<DecideConflictCheckHandler>()
        .AddScoped<GetConflictCheckHandler>()
        .AddScoped<ListConflictChecksHandler>()
        .AddScoped<IConflictChecks, ConflictChecks>();

    public static void MapConflictsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/conflict-checks").WithTags("Conflict checks");
        api.MapGet("/", (string? decision, Guid? clientId, int? limit, string? cursor, ListConflictChecksHandler h, CancellationToken ct) =>
            h.HandleAsync(new(decision, clientId, limit, cursor), ct));
        api.MapGet("/{id:guid}", (Guid id, GetConflictCheckHandler h, CancellationToken ct) => h.HandleAsync(id, ct));
        api.MapPost("/", async Task<Created<ConflictCheckDto>> (RunConflictCheckRequest request, RunConflictCheckHandler h, CurrentUser me, CancellationToken ct) =>
        {
            var check = await h.HandleAsync(request, me.Id, ct);
            return TypedResults.Created($"/api/v1/conflict-checks/{check.Id}", check);
        });
        api.MapPost("/{id:guid}/decision", async (Guid id, DecideConflictCheckRequest request, DecideConflictCheckHandler h, CurrentUser me, CancellationToken ct) =>
            await h.HandleAsync(id, request, await me.LoadAsync(ct), ct));
    }
}
