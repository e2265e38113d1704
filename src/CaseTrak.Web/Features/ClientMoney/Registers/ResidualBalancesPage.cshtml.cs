using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The residual balances register: balances paid away because the client could not be traced.</summary>
public sealed class ResidualBalancesPageModel(ResidualBalancesHandler residuals) : RegisterPageModel
{
    public IReadOnlyList<ResidualBalanceDto> Rows { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(async () => Rows = await residuals.ListAsync(ct));

    public static string Status(ClientPaymentStatus? s) => s switch
    {
        ClientPaymentStatus.Requested => "Awaiting approval",
        ClientPaymentStatus.Approved => "Approved",
        ClientPaymentStatus.Paid => "Paid",
        ClientPaymentStatus.Rejected => "Rejected",
        ClientPaymentStatus.Cancelled => "Cancelled",
        _ => "",
    };
}
