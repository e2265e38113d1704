using System.Globalization;
using CaseTrak.Web.Platform.Idempotency;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Money out of client account: payment requests and approvals, transfers, and the close gate's balance returns.</summary>
internal static class ClientMoneyOutApi
{
    public static IServiceCollection AddClientMoneyOut(this IServiceCollection services) => services
        .AddScoped<ClientPaymentsQuery>()
        .AddScoped<ClientMoneyChoices>()
        .AddScoped<RequestPaymentHandler>()
        .AddScoped<ApprovePaymentHandler>()
        .AddScoped<RejectPaymentHandler>()
        .AddScoped<OfficeTransfers>()
        .AddScoped<ClientTransfersQuery>()
        .AddScoped<MakeTransferHandler>()
        .AddScoped<BalanceReturnsHandler>()
        .AddScoped<BalanceReturnLetterHandler>()
        .AddScoped<Matters.IMatterCloseCheck, ClientBalanceCloseCheck>();

    public static void MapClientMoneyOutApi(this IEndpointRouteBuilder app)
    {
        var payments = app.MapGroup("/api/v1/client-money/payments").WithTags("Client money").WithIdempotency();
        payments.MapGet("/", (string? status, Guid? matterId, int? limit, string? cursor, ClientPaymentsQuery q, CancellationToken ct) =>
            q.ListAsync(status, matterId, limit, cursor, ct));
        payments.MapGet("/{id:guid}", async (Guid id, ClientPaymentsQuery q, HttpContext http, CancellationToken ct) => Tagged(http, await q.GetAsync(id, ct)));
        payments.MapPost("/", async Task<Created<ClientPaymentDto>> (RequestPaymentRequest request, RequestPaymentHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = Tagged(http, await h.HandleAsync(request, ct));
            return TypedResults.Created($"/api/v1/client-money/payments/{dto.Id}", dto);
        });
        payments.MapPost("/{id:guid}/approve", async (Guid id, ApprovePaymentHandler h, HttpContext http, CancellationToken ct) =>
            Tagged(http, await h.HandleAsync(id, OptionalVersion(http), ct)));
        payments.MapPost("/{id:guid}/reject", async (Guid id, RejectPaymentRequest request, RejectPaymentHandler h, HttpContext http, CancellationToken ct) =>
            Tagged(http, await h.RejectAsync(id, request, ct)));
        payments.MapPost("/{id:guid}/cancel", async (Guid id, RejectPaymentHandler h, HttpContext http, CancellationToken ct) =>
            Tagged(http, await h.CancelAsync(id, ct)));

        var transfers = app.MapGroup("/api/v1/client-money/transfers").WithTags("Client money").WithIdempotency();
        transfers.MapGet("/", (Guid? matterId, int? limit, string? cursor, ClientTransfersQuery q, CancellationToken ct) => q.ListAsync(matterId, limit, cursor, ct));
        transfers.MapGet("/{id:guid}", (Guid id, ClientTransfersQuery q, CancellationToken ct) => q.GetAsync(id, ct));
        transfers.MapPost("/", async Task<Created<ClientTransferDto>> (MakeTransferRequest request, MakeTransferHandler h, CancellationToken ct) =>
        {
            var dto = await h.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/client-money/transfers/{dto.Id}", dto);
        });

        var returns = app.MapGroup("/api/v1/client-money/balance-returns").WithTags("Client money").WithIdempotency();
        returns.MapGet("/", async (string? status, Guid? matterId, BalanceReturnsHandler h, CancellationToken ct) =>
            new { items = await h.ListAsync(status, matterId, ct), nextCursor = (string?)null });
        returns.MapGet("/{id:guid}", (Guid id, BalanceReturnsHandler h, CancellationToken ct) => h.GetAsync(id, ct));
        returns.MapPost("/{id:guid}/done", (Guid id, BalanceReturnsHandler h, CancellationToken ct) => h.MarkDoneAsync(id, ct));
        returns.MapGet("/{id:guid}/letter", async (Guid id, BalanceReturnLetterHandler h, HttpContext http, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(id, ct);
            http.Response.Headers.ContentDisposition = $"inline; filename=\"{file.FileName}\"";
            http.Response.Headers.CacheControl = "private, no-store";
            return TypedResults.File(file.Content, "application/pdf");
        });
    }

    private static ClientPaymentDto Tagged(HttpContext http, ClientPaymentDto dto)
    {
        ETags.Set(http, dto.Version.ToString(CultureInfo.InvariantCulture));
        return dto;
    }

    /// <summary>If-Match is optional on approve: when sent, a stale version is refused (412).</summary>
    private static int? OptionalVersion(HttpContext http) =>
        string.IsNullOrWhiteSpace(http.Request.Headers.IfMatch.ToString()) ? null : ETags.VersionFromIfMatch(http, "payment");
}
