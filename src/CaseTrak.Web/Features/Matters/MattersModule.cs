using System.Globalization;
using CaseTrak.Web.Platform.Security;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Matters;

public static class MattersModule
{
    public static IServiceCollection AddMatters(this IServiceCollection services) => services
        .AddScoped<IMatterDirectory, MatterDirectory>()
        .AddScoped<IMatterCloseCheck, OpenUndertakingsCloseCheck>()
        .AddScoped<GetMatterHandler>()
        .AddScoped<ListMattersHandler>()
        .AddScoped<OpenMatterHandler>()
        .AddScoped<UpdateMatterHandler>()
        .AddScoped<CloseMatterHandler>()
        .AddScoped<SetMatterAccessHandler>()
        .AddScoped<MatterReferences>()
        .AddScoped<CustomFieldValues>()
        .AddScoped<PracticeAreasHandler>()
        .AddScoped<MatterPartiesHandler>()
        .AddScoped<SetMatterTeamHandler>()
        .AddScoped<MatterNotesHandler>()
        .AddScoped<KeyDatesHandler>()
        .AddScoped<AddLimitationDateHandler>()
        .AddScoped<UndertakingsHandler>()
        .AddScoped<DischargeUndertakingHandler>();

    public static void MapMattersApi(this IEndpointRouteBuilder app)
    {
        var matters = app.MapGroup("/api/v1/matters").WithTags("Matters");
        matters.MapGet("/", (string? status, string? q, Guid? clientId, Guid? responsibleUserId, Guid? practiceAreaId, int? limit, string? cursor,
            ListMattersHandler h, CancellationToken ct) => h.HandleAsync(new(status, q, clientId, responsibleUserId, practiceAreaId, limit, cursor), ct));
        matters.MapPost("/", async Task<Created<MatterDto>> (OpenMatterRequest request, OpenMatterHandler h, GetMatterHandler get, HttpContext http, CancellationToken ct) =>
        {
            var dto = await get.HandleAsync(await h.HandleAsync(request, ct), ct);
            SetETag(http, dto);
            return TypedResults.Created($"/api/v1/matters/{dto.Id}", dto);
        });
        matters.MapGet("/{id:guid}", async (Guid id, GetMatterHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.HandleAsync(id, ct);
            SetETag(http, dto);
            return dto;
        });
        matters.MapPatch("/{id:guid}", async (Guid id, UpdateMatterRequest request, UpdateMatterHandler h, GetMatterHandler get, HttpContext http, CancellationToken ct) =>
        {
            var current = await get.LoadAsync(id, ct);
            ETags.Require(http, Version(current.Version));
            var dto = await h.HandleAsync(id, request, current.Version, ct);
            SetETag(http, dto);
            return dto;
        });
        matters.MapPost("/{id:guid}/close", async Task<Results<Ok<ClosedMatterDto>, ProblemHttpResult>> (Guid id, CloseMatterHandler h, CancellationToken ct) =>
        {
            var outcome = await h.HandleAsync(id, ct);
            return outcome.Closed ? TypedResults.Ok(ClosedMatterDto.From(outcome)) : TypedResults.Problem(Blocked(outcome.Blockers));
        });
        matters.MapGet("/{id:guid}/access", (Guid id, SetMatterAccessHandler h, CancellationToken ct) => h.GetAsync(id, ct));
        matters.MapPut("/{id:guid}/access", (Guid id, SetMatterAccessRequest request, SetMatterAccessHandler h, HttpContext http, CancellationToken ct) =>
            h.HandleAsync(id, request, MatterVersion.FromIfMatch(http), ct));
        MatterRecordsApi.Map(app, matters);

        var areas = app.MapGroup("/api/v1/practice-areas").WithTags("Practice areas");
        areas.MapGet("/", (PracticeAreasHandler h, CancellationToken ct) => h.ListAsync(ct));
        areas.MapGet("/{id:guid}", (Guid id, PracticeAreasHandler h, CancellationToken ct) => h.GetAsync(id, ct));
        areas.MapPost("/", async Task<Created<PracticeAreaDto>> (CreatePracticeAreaRequest request, PracticeAreasHandler h, CancellationToken ct) =>
        {
            var dto = await h.CreateAsync(request, ct);
            return TypedResults.Created($"/api/v1/practice-areas/{dto.Id}", dto);
        }).RequireAuthorization(Policies.FirmAdmin);
        areas.MapPost("/{id:guid}/fields", async Task<Created<CustomFieldDto>> (Guid id, AddCustomFieldRequest request, PracticeAreasHandler h, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/practice-areas/{id}", await h.AddFieldAsync(id, request, ct))).RequireAuthorization(Policies.FirmAdmin);
    }

    public static string Version(int version) => version.ToString(CultureInfo.InvariantCulture);

    private static void SetETag(HttpContext http, MatterDto dto) => ETags.Set(http, Version(dto.Version));

    /// <summary>422 with the first blocker's code as `code` and all of them in `codes` and `messages`.</summary>
    private static ProblemDetails Blocked(IReadOnlyList<CloseBlocker> blockers) => new()
    {
        Status = 422,
        Title = "A rule prevents this",
        Detail = string.Join(" ", blockers.Select(b => b.Message)),
        Extensions =
        {
            ["code"] = blockers[0].Code,
            ["codes"] = blockers.Select(b => b.Code).ToArray(),
            ["messages"] = blockers.Select(b => b.Message).ToArray(),
        },
    };
}
