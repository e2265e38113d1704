using CaseTrak.Web.Platform.Idempotency;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

internal static class ClientMoneyRegistersApi
{
    public static IServiceCollection AddClientMoneyRegisters(this IServiceCollection services) => services
        .AddScoped<RegisterFiles>()
        .AddScoped<ListClientBalancesHandler>()
        .AddScoped<GetCashBookHandler>()
        .AddScoped<GetAccountantsReportHandler>()
        .AddScoped<ListDormantBalancesHandler>()
        .AddScoped<ClientMoneySettingsHandler>()
        .AddScoped<BreachesHandler>()
        .AddScoped<ResidualBalancesHandler>()
        .AddScoped<CashierDashboardQuery>()
        .AddScoped<DownloadLedgerStatementHandler>();

    public static void MapClientMoneyRegistersApi(this IEndpointRouteBuilder app)
    {
        MapLedgerStatement(app);
        var g = app.MapGroup("/api/v1/client-money").WithTags("Client money registers").WithIdempotency();
        g.MapGet("/balances", async (Guid? bankAccountId, string? format, ListClientBalancesHandler h, RegisterFiles files, HttpContext http, CancellationToken ct) =>
        {
            var kind = RegisterFiles.Format(format);
            var balances = await h.HandleAsync(bankAccountId, ct);
            return kind is null ? Results.Ok(balances)
                : await FileAsync(files, ListClientBalancesHandler.Table(balances, await AccountsAsync(http, ct)), kind, ct);
        }).Produces<ClientBalancesDto>();
        g.MapGet("/cash-book", async (Guid bankAccountId, DateOnly? from, DateOnly? to, string? format, GetCashBookHandler h, RegisterFiles files, CancellationToken ct) =>
        {
            var kind = RegisterFiles.Format(format);
            var book = await h.HandleAsync(bankAccountId, from, to, ct);
            return kind is null ? Results.Ok(book) : await FileAsync(files, GetCashBookHandler.Table(book), kind, ct);
        }).Produces<CashBookDto>();
        g.MapGet("/dormant-balances", async (string? format, ListDormantBalancesHandler h, RegisterFiles files, HttpContext http, CancellationToken ct) =>
        {
            var kind = RegisterFiles.Format(format);
            var dormant = await h.HandleAsync(ct);
            return kind is null ? Results.Ok(dormant) : await FileAsync(files, ListDormantBalancesHandler.Table(dormant, await AccountsAsync(http, ct)), kind, ct);
        }).Produces<DormantBalancesDto>();
        g.MapGet("/accountants-report", (DateOnly? from, DateOnly? to, GetAccountantsReportHandler h, CancellationToken ct) => h.HandleAsync(from, to, ct));

        g.MapGet("/residual-balances", async (ResidualBalancesHandler h, CancellationToken ct) => new Page<ResidualBalanceDto>(await h.ListAsync(ct), null));
        g.MapPost("/residual-balances", async (RecordResidualBalanceRequest request, ResidualBalancesHandler h, CancellationToken ct) =>
        {
            var dto = await h.RecordAsync(request, ct);
            return Results.Created($"/api/v1/client-money/residual-balances/{dto.Id}", dto);
        });

        g.MapGet("/breaches", async (bool? open, BreachesHandler h, CancellationToken ct) => new Page<BreachDto>(await h.ListAsync(open, ct), null));
        g.MapGet("/breaches/{id:guid}", async (Guid id, BreachesHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.GetAsync(id, ct);
            ETags.Set(http, dto.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return dto;
        });
        g.MapPost("/breaches", async (RecordBreachRequest request, BreachesHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.RecordAsync(request, ct);
            ETags.Set(http, dto.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Results.Created($"/api/v1/client-money/breaches/{dto.Id}", dto);
        });
        g.MapPatch("/breaches/{id:guid}", async (Guid id, CorrectBreachRequest request, BreachesHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.CorrectAsync(id, request, ETags.VersionFromIfMatch(http, "breach"), ct);
            ETags.Set(http, dto.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return dto;
        });

        g.MapGet("/settings", async (ClientMoneySettingsHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.GetAsync(ct);
            ETags.Set(http, dto.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return dto;
        });
        g.MapPatch("/settings", async (UpdateClientMoneySettingsRequest request, ClientMoneySettingsHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.UpdateAsync(request, ETags.VersionFromIfMatch(http, "setting"), ct);
            ETags.Set(http, dto.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return dto;
        });
    }

    private static void MapLedgerStatement(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/matters/{id:guid}/ledger/pdf", async (Guid id, DownloadLedgerStatementHandler h, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(id, ct);
            return Results.File(file.Content, "application/pdf", file.FileName);
        }).WithTags("Client money");

    private static async Task<IResult> FileAsync(RegisterFiles files, Billing.ReportTable table, string format, CancellationToken ct)
    {
        var file = await files.ExportAsync(table, format, ct);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static Task<IReadOnlyDictionary<Guid, string>> AccountsAsync(HttpContext http, CancellationToken ct) =>
        RegisterDates.AccountNamesAsync(http.RequestServices.GetRequiredService<Platform.Data.AppDbContext>(), ct);
}
