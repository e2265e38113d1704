using System.Globalization;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Idempotency;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Helper IN's area: bank accounts, balances, receipts (suspense, allocation, split), reversals and the matter ledger.</summary>
internal static class ClientMoneyInApi
{
    public static IServiceCollection AddClientMoneyIn(this IServiceCollection services) => services
        .AddScoped<ClientBalances>()
        .AddScoped<BankAccountQueries>()
        .AddScoped<AddBankAccountHandler>()
        .AddScoped<UpdateBankAccountHandler>()
        .AddScoped<ReceiptChecks>()
        .AddScoped<ReceiptQueries>()
        .AddScoped<RecordReceiptHandler>()
        .AddScoped<AllocateReceiptHandler>()
        .AddScoped<SuspenseQueries>()
        .AddScoped<GetJournalHandler>()
        .AddScoped<ReverseJournalHandler>()
        .AddScoped<MatterLedgerHandler>();

    public static void MapClientMoneyInApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/v1/client-money/bank-accounts").WithTags("Client money").WithIdempotency();
        accounts.MapGet("/", async (string? kind, bool? includeClosed, BankAccountQueries q, CancellationToken ct) =>
            new { items = await q.ListAsync(ApiEnums.ParseOptional<BankAccountKind>(kind, "kind"), includeClosed ?? true, ct), nextCursor = (string?)null });
        accounts.MapPost("/", async Task<Created<BankAccountDto>> (AddBankAccountRequest request, AddBankAccountHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.HandleAsync(request, ct);
            SetVersion(http, dto.Version);
            return TypedResults.Created($"/api/v1/client-money/bank-accounts/{dto.Id}", dto);
        });
        accounts.MapGet("/{id:guid}", async (Guid id, BankAccountQueries q, TenantGuard guard, HttpContext http, CancellationToken ct) =>
        {
            var dto = await q.FindAsync(id, ct) ?? throw await guard.NotFoundAsync<BankAccount>(id, ct);
            SetVersion(http, dto.Version);
            return dto;
        });
        accounts.MapPatch("/{id:guid}", async (Guid id, UpdateBankAccountRequest request, UpdateBankAccountHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.HandleAsync(id, ETags.VersionFromIfMatch(http, "bank account"), request, ct);
            SetVersion(http, dto.Version);
            return dto;
        });
        MapReceipts(app);
    }

    private static void MapReceipts(IEndpointRouteBuilder app)
    {
        var receipts = app.MapGroup("/api/v1/client-money/receipts").WithTags("Client money").WithIdempotency();
        receipts.MapGet("/", ([AsParameters] ListReceiptsQuery query, ReceiptQueries q, CancellationToken ct) => q.ListAsync(query, ct));
        receipts.MapPost("/", async Task<Created<ReceiptDto>> (RecordReceiptRequest request, RecordReceiptHandler h, CancellationToken ct) =>
        {
            var dto = await h.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/client-money/receipts/{dto.Id}", dto);
        });
        receipts.MapGet("/{id:guid}", (Guid id, ReceiptQueries q, CancellationToken ct) => q.GetAsync(id, ct));
        receipts.MapPost("/{id:guid}/allocate", (Guid id, AllocateReceiptRequest request, AllocateReceiptHandler h, CancellationToken ct) =>
            h.HandleAsync(id, request, ct));

        app.MapGet("/api/v1/client-money/suspense", (Guid? bankAccountId, SuspenseQueries q, CancellationToken ct) => q.ListAsync(bankAccountId, ct))
            .WithTags("Client money");

        var journals = app.MapGroup("/api/v1/client-money/journals").WithTags("Client money").WithIdempotency();
        journals.MapGet("/{id:guid}", (Guid id, GetJournalHandler h, CancellationToken ct) => h.HandleAsync(id, ct));
        journals.MapPost("/{id:guid}/reverse", async Task<Created<JournalDto>> (Guid id, ReverseJournalRequest request, ReverseJournalHandler h, CancellationToken ct) =>
        {
            var dto = await h.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/client-money/journals/{dto.Id}", dto);
        });

        app.MapGet("/api/v1/matters/{id:guid}/ledger", (Guid id, int? limit, string? cursor, MatterLedgerHandler h, CancellationToken ct) =>
            h.PageAsync(id, limit, cursor, ct)).WithTags("Client money");
    }

    private static void SetVersion(HttpContext http, int version) => ETags.Set(http, version.ToString(CultureInfo.InvariantCulture));
}
