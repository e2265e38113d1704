using CaseTrak.Web.Features.Firms;
using Microsoft.AspNetCore.Http.HttpResults;
using CaseTrak.Web.Platform.Idempotency;

namespace CaseTrak.Web.Features.Billing;

/// <summary>Credit notes, payments, the bills register and the matter-level billing routes.</summary>
internal static class PaymentsApi
{
    public static void Map(IEndpointRouteBuilder app, RouteGroupBuilder bills)
    {
        bills.MapPost("/{id:guid}/credit-notes", async Task<Created<CreditNoteDto>> (Guid id, IssueCreditNoteRequest request, IssueCreditNoteHandler h,
            CreditNotesHandler notes, CancellationToken ct) =>
        {
            var dto = await notes.GetAsync(await h.HandleAsync(id, request, ct), ct);
            return TypedResults.Created($"/api/v1/credit-notes/{dto.Id}", dto);
        });
        bills.MapPost("/{id:guid}/payments", async Task<Created<PaymentDto>> (Guid id, PayBillRequest request, RecordPaymentHandler h, PaymentsHandler payments,
            CancellationToken ct) =>
        {
            var dto = await payments.GetAsync(await h.PayBillAsync(id, request, ct), ct);
            return TypedResults.Created($"/api/v1/payments/{dto.Id}", dto);
        });

        var notes = app.MapGroup("/api/v1/credit-notes").WithTags("Bills");
        notes.MapGet("/", (Guid? invoiceId, Guid? matterId, int? limit, string? cursor, CreditNotesHandler h, CancellationToken ct) =>
            h.ListAsync(invoiceId, matterId, limit, cursor, ct));
        notes.MapGet("/{id:guid}", (Guid id, CreditNotesHandler h, CancellationToken ct) => h.GetAsync(id, ct));

        var payments = app.MapGroup("/api/v1/payments").WithTags("Bills").WithIdempotency();
        payments.MapGet("/", (Guid? clientId, bool? unallocated, int? limit, string? cursor, PaymentsHandler h, CancellationToken ct) =>
            h.ListAsync(clientId, unallocated, limit, cursor, ct));
        payments.MapGet("/{id:guid}", (Guid id, PaymentsHandler h, CancellationToken ct) => h.GetAsync(id, ct));
        payments.MapPost("/", async Task<Created<PaymentDto>> (RecordPaymentRequest request, RecordPaymentHandler h, PaymentsHandler payments, CancellationToken ct) =>
        {
            var dto = await payments.GetAsync(await h.RecordAsync(request, ct), ct);
            return TypedResults.Created($"/api/v1/payments/{dto.Id}", dto);
        });
        payments.MapPost("/{id:guid}/allocations", async (Guid id, AllocatePaymentRequest request, RecordPaymentHandler h, PaymentsHandler payments, CancellationToken ct) =>
        {
            await h.AllocateAsync(id, request, ct);
            return await payments.GetAsync(id, ct);
        });
        payments.MapPost("/{id:guid}/refund", async (Guid id, RefundPaymentRequest request, PaymentsHandler payments, CancellationToken ct) =>
        {
            await payments.RefundAsync(id, request, ct);
            return await payments.GetAsync(id, ct);
        });

        app.MapGet("/api/v1/bills-register", async (DateOnly? from, DateOnly? to, BillsRegisterHandler h, CancellationToken ct) =>
            new { from, to, items = await h.HandleAsync(from, to, ct) }).WithTags("Bills");

        var matters = app.MapGroup("/api/v1/matters").WithTags("Bills");
        matters.MapPost("/{id:guid}/write-off-wip", (Guid id, WriteOffWipRequest request, WriteOffWipHandler h, CancellationToken ct) => h.HandleAsync(id, request, ct))
            .RequireAuthorization(p => p.RequireRole(RoleNames.Owner, RoleNames.Admin, RoleNames.Partner));
        matters.MapGet("/{id:guid}/profitability", (Guid id, ProfitabilityHandler h, CancellationToken ct) => h.HandleAsync(id, ct));
    }
}
