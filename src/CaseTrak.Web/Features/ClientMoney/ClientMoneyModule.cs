namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// Client money under the SRA Accounts Rules 2019: bank accounts, the double-entry ledger, receipts, approved
/// payments, transfers, three-way reconciliation and the registers. Each area registers its own handlers and
/// routes (Accounts/, Payments/, Reconciliations/, Registers/, Demo/).
/// </summary>
public static class ClientMoneyModule
{
    public static IServiceCollection AddClientMoney(this IServiceCollection services) => services
        .AddScoped<LedgerPoster>()
        .AddScoped<ClientMoneySettingsReader>()
        .AddScoped<RestrictedJournals>()
        .AddClientMoneyIn()
        .AddClientMoneyOut()
        .AddReconciliations()
        .AddClientMoneyRegisters()
        .AddClientMoneyDemo();

    public static void MapClientMoneyApi(this IEndpointRouteBuilder app)
    {
        app.MapClientMoneyInApi();
        app.MapClientMoneyOutApi();
        app.MapReconciliationsApi();
        app.MapClientMoneyRegistersApi();
    }
}
