using System.Globalization;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Idempotency;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTrak.Web.Features.ClientMoney;

internal static class ReconciliationsApi
{
    public static IServiceCollection AddReconciliations(this IServiceCollection services) => services
        .AddScoped<ReconciliationStatusQuery>()
        .AddScoped<ReconciliationCadenceMonitor>()
        .AddScoped<ReconciliationBook>()
        .AddScoped<GetReconciliationHandler>()
        .AddScoped<StatementLinesQuery>()
        .AddScoped<ListReconciliationsHandler>()
        .AddScoped<StartReconciliationHandler>()
        .AddScoped<ImportStatementHandler>()
        .AddScoped<AutoMatchStatementHandler>()
        .AddScoped<MatchStatementLineHandler>()
        .AddScoped<ReconciliationItemsHandler>()
        .AddScoped<SignOffReconciliationHandler>();

    public static void MapReconciliationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/client-money/reconciliation-status", async (ReconciliationStatusQuery status, ReconciliationCadenceMonitor monitor,
            TimeProvider clock, CancellationToken ct) =>
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            await monitor.RecordOverdueAsync(today, ct);
            return new { items = await status.ForAccountsAsync(today, ct) };
        }).WithTags("Client money");

        var g = app.MapGroup("/api/v1/client-money/reconciliations").WithTags("Client money").WithIdempotency();
        g.MapGet("/", (Guid? bankAccountId, int? limit, ListReconciliationsHandler h, CancellationToken ct) => h.HandleAsync(bankAccountId, limit, ct));
        g.MapPost("/", async Task<Created<ReconciliationDto>> (StartReconciliationRequest request, StartReconciliationHandler h, GetReconciliationHandler get,
            HttpContext http, CancellationToken ct) =>
        {
            var dto = await Answer(http, get, await h.HandleAsync(request, ct), ct);
            return TypedResults.Created($"/api/v1/client-money/reconciliations/{dto.Id}", dto);
        });
        g.MapGet("/{id:guid}", (Guid id, GetReconciliationHandler get, HttpContext http, CancellationToken ct) => Answer(http, get, id, ct));
        g.MapGet("/{id:guid}/statement-lines", (Guid id, bool? matched, int? limit, string? cursor, StatementLinesQuery q, CancellationToken ct) =>
            q.ListAsync(id, matched, limit, cursor, ct));
        g.MapPost("/{id:guid}/statement", async (Guid id, HttpRequest request, ImportStatementHandler h, CancellationToken ct) =>
        {
            if (!request.HasFormContentType)
                throw new RequestValidationException("file", "Send the statement as multipart/form-data with a “file” part.");
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? throw new RequestValidationException("file", "Choose the statement file to import.");
            if (file.Length > ImportStatementHandler.MaxBytes)
                throw new RequestValidationException("file", "The statement file is larger than 5 MB. Import a shorter period.");
            var mapping = StatementCsvMapping.FromForm(name => form[name].ToString());
            await using var stream = file.OpenReadStream();
            return await h.HandleAsync(id, file.FileName, stream, mapping, ct);
        });
        g.MapPost("/{id:guid}/auto-match", (Guid id, AutoMatchStatementHandler h, CancellationToken ct) => h.HandleAsync(id, ct));
        g.MapPost("/{id:guid}/matches", async (Guid id, MatchStatementLineRequest request, MatchStatementLineHandler h, GetReconciliationHandler get,
            HttpContext http, CancellationToken ct) =>
        {
            await h.MatchAsync(id, request, ct);
            return await Answer(http, get, id, ct);
        });
        g.MapDelete("/{id:guid}/matches/{statementLineId:guid}", async (Guid id, Guid statementLineId, MatchStatementLineHandler h,
            GetReconciliationHandler get, HttpContext http, CancellationToken ct) =>
        {
            await h.UnmatchAsync(id, statementLineId, ct);
            return await Answer(http, get, id, ct);
        });
        g.MapPost("/{id:guid}/items", async Task<Created<ReconciliationDto>> (Guid id, AddReconciliationItemRequest request, ReconciliationItemsHandler h,
            GetReconciliationHandler get, HttpContext http, CancellationToken ct) =>
        {
            await h.AddAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/client-money/reconciliations/{id}", await Answer(http, get, id, ct));
        });
        g.MapDelete("/{id:guid}/items/{itemId:guid}", async (Guid id, Guid itemId, ReconciliationItemsHandler h, GetReconciliationHandler get,
            HttpContext http, CancellationToken ct) =>
        {
            await h.RemoveAsync(id, itemId, ct);
            return await Answer(http, get, id, ct);
        });
        g.MapPost("/{id:guid}/sign-off", async (Guid id, SignOffReconciliationHandler h, GetReconciliationHandler get, HttpContext http, CancellationToken ct) =>
        {
            await h.HandleAsync(id, Version(http), ct);
            return await Answer(http, get, id, ct);
        });
    }

    private static async Task<ReconciliationDto> Answer(HttpContext http, GetReconciliationHandler get, Guid id, CancellationToken ct)
    {
        var dto = await get.HandleAsync(id, ct);
        ETags.Set(http, dto.Version.ToString(CultureInfo.InvariantCulture));
        return dto;
    }

    /// <summary>The version an optional If-Match names: null when absent or "*".</summary>
    private static int? Version(HttpContext http)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.Length == 0 || ifMatch == "*")
            return null;
        return int.TryParse(ifMatch.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new PreconditionException(412, "This reconciliation was changed since you loaded it. Reload and check it again.");
    }
}
