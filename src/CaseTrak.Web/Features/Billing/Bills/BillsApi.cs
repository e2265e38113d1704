using System.Globalization;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Idempotency;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Billing;

internal static class BillsApi
{
    public static IServiceCollection AddBills(this IServiceCollection services) => services
        .AddScoped<BillWork>()
        .AddScoped<GetBillHandler>()
        .AddScoped<ListBillsHandler>()
        .AddScoped<DraftBillHandler>()
        .AddScoped<EditBillHandler>()
        .AddScoped<FinaliseBillHandler>()
        .AddScoped<VoidBillHandler>()
        .AddScoped<DeliverBillHandler>()
        .AddScoped<IssueCreditNoteHandler>()
        .AddScoped<CreditNotesHandler>()
        .AddScoped<RecordPaymentHandler>()
        .AddScoped<PaymentsHandler>()
        .AddScoped<BillsRegisterHandler>()
        .AddScoped<WriteOffWipHandler>()
        .AddScoped<ProfitabilityHandler>()
        .AddScoped<Matters.IMatterCloseCheck, UnbilledWipCloseCheck>();

    public static void MapBillsApi(this IEndpointRouteBuilder app)
    {
        var bills = app.MapGroup("/api/v1/invoices").WithTags("Bills").WithIdempotency();
        bills.MapGet("/", ([AsParameters] ListBillsQuery query, ListBillsHandler h, CancellationToken ct) => h.HandleAsync(query, ct));
        bills.MapPost("/", async Task<Created<BillDto>> (DraftBillRequest request, DraftBillHandler h, GetBillHandler get, HttpContext http, CancellationToken ct) =>
        {
            var dto = await Answer(http, get, await h.HandleAsync(request, ct), ct);
            return TypedResults.Created($"/api/v1/invoices/{dto.Id}", dto);
        });
        bills.MapGet("/{id:guid}", (Guid id, GetBillHandler get, HttpContext http, CancellationToken ct) => Answer(http, get, id, ct));
        bills.MapPatch("/{id:guid}", async (Guid id, UpdateBillRequest request, EditBillHandler h, GetBillHandler get, HttpContext http, CancellationToken ct) =>
        {
            await h.UpdateAsync(id, Version(http, required: true), request, ct);
            return await Answer(http, get, id, ct);
        });
        bills.MapDelete("/{id:guid}", async (Guid id, EditBillHandler h, HttpContext http, CancellationToken ct) =>
        {
            await h.DeleteDraftAsync(id, Version(http, required: false), ct);
            return TypedResults.NoContent();
        });
        bills.MapPost("/{id:guid}/lines", async Task<Created<BillDto>> (Guid id, AddBillLineRequest request, EditBillHandler h, GetBillHandler get, HttpContext http, CancellationToken ct) =>
        {
            await h.AddLineAsync(id, Version(http, required: false), request, ct);
            return TypedResults.Created($"/api/v1/invoices/{id}", await Answer(http, get, id, ct));
        });
        bills.MapPatch("/{id:guid}/lines/{lineId:guid}", async (Guid id, Guid lineId, EditBillLineRequest request, EditBillHandler h, GetBillHandler get,
            HttpContext http, CancellationToken ct) =>
        {
            await h.EditLineAsync(id, lineId, Version(http, required: true), request, ct);
            return await Answer(http, get, id, ct);
        });
        bills.MapDelete("/{id:guid}/lines/{lineId:guid}", async (Guid id, Guid lineId, EditBillHandler h, GetBillHandler get, HttpContext http, CancellationToken ct) =>
        {
            await h.RemoveLineAsync(id, lineId, Version(http, required: true), ct);
            return await Answer(http, get, id, ct);
        });
        bills.MapPost("/{id:guid}/lines/{lineId:guid}/write-off", async (Guid id, Guid lineId, WriteOffLineRequest request, EditBillHandler h, GetBillHandler get,
            HttpContext http, CancellationToken ct) =>
        {
            await h.WriteOffLineAsync(id, lineId, Version(http, required: false), request, ct);
            return await Answer(http, get, id, ct);
        });
        bills.MapPost("/{id:guid}/discount", async (Guid id, BillDiscountRequest request, EditBillHandler h, GetBillHandler get, HttpContext http, CancellationToken ct) =>
        {
            await h.DiscountAsync(id, Version(http, required: false), request, ct);
            return await Answer(http, get, id, ct);
        });
        bills.MapPost("/{id:guid}/finalise", async (Guid id, [FromBody] FinaliseBillRequest? request, FinaliseBillHandler h, GetBillHandler get,
            HttpContext http, CancellationToken ct) =>
        {
            await h.HandleAsync(id, Version(http, required: false), request, ct);
            return await Answer(http, get, id, ct);
        });
        bills.MapPost("/{id:guid}/void", async (Guid id, VoidBillRequest request, VoidBillHandler h, GetBillHandler get, HttpContext http, CancellationToken ct) =>
        {
            await h.HandleAsync(id, Version(http, required: false), request, ct);
            return await Answer(http, get, id, ct);
        });
        bills.MapPost("/{id:guid}/deliver", async (Guid id, DeliverBillRequest request, DeliverBillHandler h, GetBillHandler get, HttpContext http, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return await Answer(http, get, id, ct);
        });
        PaymentsApi.Map(app, bills);
    }

    internal static async Task<BillDto> Answer(HttpContext http, GetBillHandler get, Guid id, CancellationToken ct)
    {
        var dto = await get.HandleAsync(id, ct);
        ETags.Set(http, dto.Version.ToString(CultureInfo.InvariantCulture));
        return dto;
    }

    /// <summary>The bill version If-Match names: 428 when required and missing, null for "*" or when optional and absent.</summary>
    internal static int? Version(HttpContext http, bool required)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.Length == 0)
            return required ? throw new PreconditionException(428, "Send the If-Match header with the ETag you last read.") : null;
        if (ifMatch == "*")
            return null;
        return int.TryParse(ifMatch.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new PreconditionException(412, "This bill was changed since you loaded it. Reload and try again.");
    }
}
