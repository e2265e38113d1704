using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTrak.Web.Features.Matters;

/// <summary>The routes for what hangs off a matter (parties, team, notes, key dates) and the firm-wide registers.</summary>
internal static class MatterRecordsApi
{
    public static void Map(IEndpointRouteBuilder app, RouteGroupBuilder matters)
    {
        matters.MapGet("/{id:guid}/parties", (Guid id, MatterPartiesHandler h, CancellationToken ct) => h.ListAsync(id, ct));
        matters.MapPost("/{id:guid}/parties", async Task<Created<MatterPartyDto>> (Guid id, AddPartyRequest request, MatterPartiesHandler h, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/matters/{id}/parties", await h.AddAsync(id, request, ct)));
        matters.MapDelete("/{id:guid}/parties/{partyId:guid}", async Task<NoContent> (Guid id, Guid partyId, MatterPartiesHandler h, CancellationToken ct) =>
        {
            await h.RemoveAsync(id, partyId, ct);
            return TypedResults.NoContent();
        });

        matters.MapGet("/{id:guid}/team", async (Guid id, GetMatterHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).Team);
        matters.MapPut("/{id:guid}/team", (Guid id, SetTeamRequest request, SetMatterTeamHandler h, HttpContext http, CancellationToken ct) =>
            h.HandleAsync(id, request, MatterVersion.FromIfMatch(http), ct));

        matters.MapGet("/{id:guid}/notes", (Guid id, int? limit, string? cursor, MatterNotesHandler h, CancellationToken ct) => h.ListAsync(id, limit, cursor, ct));
        matters.MapPost("/{id:guid}/notes", async Task<Created<MatterNoteDto>> (Guid id, AddNoteRequest request, MatterNotesHandler h, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/matters/{id}/notes", await h.AddAsync(id, request, ct)));

        matters.MapGet("/{id:guid}/key-dates", (Guid id, KeyDatesHandler h, CancellationToken ct) => h.ListAsync(id, ct));
        matters.MapPost("/{id:guid}/key-dates", async Task<Created<KeyDateDto>> (Guid id, AddKeyDateRequest request, KeyDatesHandler h, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/matters/{id}/key-dates", await h.AddAsync(id, request, ct)));
        matters.MapPost("/{id:guid}/key-dates/limitation", async Task<Created<KeyDateDto>> (Guid id, AddLimitationDateRequest request, AddLimitationDateHandler h, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/matters/{id}/key-dates", await h.HandleAsync(id, request, ct)));

        var keyDates = app.MapGroup("/api/v1/key-dates").WithTags("Key dates");
        keyDates.MapGet("/", (DateOnly? from, DateOnly? to, int? limit, string? cursor, KeyDatesHandler h, CancellationToken ct) =>
            h.UpcomingAsync(new(from, to, limit, cursor), ct));

        var undertakings = app.MapGroup("/api/v1/undertakings").WithTags("Undertakings");
        undertakings.MapGet("/", (string? status, bool? overdue, Guid? matterId, int? limit, string? cursor, UndertakingsHandler h, CancellationToken ct) =>
            h.ListAsync(new(status, overdue, matterId, limit, cursor), ct));
        undertakings.MapPost("/", async Task<Created<UndertakingDto>> (GiveUndertakingRequest request, UndertakingsHandler h, CancellationToken ct) =>
        {
            var dto = await h.GiveAsync(request, ct);
            return TypedResults.Created($"/api/v1/undertakings/{dto.Id}", dto);
        });
        undertakings.MapGet("/{id:guid}", (Guid id, DischargeUndertakingHandler h, CancellationToken ct) => h.GetAsync(id, ct));
        undertakings.MapPost("/{id:guid}/discharge", (Guid id, DischargeUndertakingRequest request, DischargeUndertakingHandler h, CancellationToken ct) =>
            h.HandleAsync(id, request, ct));
    }
}
